# Pins that raise ... from None suppresses the context in the printed traceback.
def lookup(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"unknown key {key}") from None
lookup("b")
