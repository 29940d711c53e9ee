# Pins the TypeError messages for missing positional arguments (1, 2, 3 names; qualname of nested functions).
def f0(a): pass
def f2(a, b): pass
def f3(a, b, c): pass
def f4(a, b, c, d=1): pass
def outer():
    def inner(x, y): pass
    return inner
tests = [lambda: f0(), lambda: f2(), lambda: f2(1), lambda: f3(), lambda: f3(1),
         lambda: f4(b=1), lambda: outer()(), lambda: f3(c=1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
