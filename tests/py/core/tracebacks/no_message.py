# Pins the last line for exceptions without a message (just the type name).
def f():
    raise ValueError
f()
