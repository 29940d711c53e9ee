# Pins keyword-only parameters (after * and after *args) and their error messages.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2))
def g(*args, key):
    return args, key
print(g(1, 2, key="k"), g(key=0))
for call in (lambda: f(1), lambda: f(1, 2), lambda: g(1, 2), lambda: f(1, b=2, d=4)):
    try:
        call()
    except TypeError as e:
        print(e)
def h(*, x, y, z):
    pass
try:
    h()
except TypeError as e:
    print(e)
try:
    h(y=1)
except TypeError as e:
    print(e)
