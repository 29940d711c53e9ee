# Pins UnboundLocalError (3.11 wording) when a name assigned later in the function is read first.
x = 5
def f():
    print(x)
    x = 6
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
    print(isinstance(e, NameError))
def g():
    x += 1
try:
    g()
except UnboundLocalError as e:
    print(e)
def h():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(h())
