# Lambdas: defaults in the enclosing block, parameters in their own.
a = 1
f = lambda x, y=a, *rest, z=a + 1, **kw: x + y + z
g = lambda: lambda: a
h = lambda *, k: k
pos = lambda p, /, q: p + q


def factory(n):
    return [lambda i=i: i + n for i in range(n)]


def nested(o):
    return lambda p: lambda q: o + p + q
