# Pins that user exception classes defined in __main__ print without module prefix.
class ConfigError(Exception):
    pass
def load():
    raise ConfigError("missing section", "db")
load()
