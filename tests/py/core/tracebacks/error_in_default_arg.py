# Pins a traceback for an error raised while evaluating a default argument at def time.
def make():
    return {}["default"]
def f(x=make()):
    return x
