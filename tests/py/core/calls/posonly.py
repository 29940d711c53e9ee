# Pins positional-only parameters: passing them by keyword is an error, but **kwargs may take the same name.
def f(a, b, /, c, d=4):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2, b=3))
def h(a, /):
    return a
try:
    h()
except TypeError as e:
    print(e)
print(h(a=1) if False else h(1))
