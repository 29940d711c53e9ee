# Pins **kwargs: a fresh dict each call, in call order, and merging of several ** mappings.
def f(**kw):
    return kw
print(f(), f(b=1, a=2), f(**{"z": 1}, y=2, **{"x": 3}))
d = {"k": 1}
r = f(**d)
print(r == d, r is d)
r["k"] = 2
print(d)
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(a=1, b=2), g(b=2, a=1))
print(f(**dict(zip("abc", range(3)))))
