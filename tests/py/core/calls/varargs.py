# Pins *args collecting extra positionals into a tuple (empty when none), with leading positionals.
def f(*args):
    return type(args).__name__, args
print(f(), f(1), f(1, 2, 3), f(*"ab"), f(*range(3), *[9]))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3), g(*[1, 2]))
try:
    g()
except TypeError as e:
    print(e)
def h(a, b=2, *args, c, **kw):
    return a, b, args, c, kw
print(h(1, c=3), h(1, 2, 3, 4, c=5, z=6))
