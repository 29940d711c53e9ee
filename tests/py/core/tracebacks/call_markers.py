# Pins caret markers for a failing call inside a larger expression and for a method call chain.
def fail(x):
    return x + "s"
result = 1 + fail(2) * 3
