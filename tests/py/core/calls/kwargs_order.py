# Pins that **kwargs preserves the order keywords appear at the call site, including merged mappings.
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}, c=3))
print(f(c=3, **{"b": 1, "a": 2}))
def g(a, **kw):
    return list(kw.items())
print(g(x=1, a=0, y=2))
