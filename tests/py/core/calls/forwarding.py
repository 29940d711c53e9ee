# Pins forwarding *args/**kwargs through wrappers unchanged.
def target(a, b=0, *rest, k=None, **extra):
    return (a, b, rest, k, extra)
def wrap(*args, **kwargs):
    return target(*args, **kwargs)
print(wrap(1))
print(wrap(1, 2, 3, 4, k=5, z=6))
print(wrap(a=1, b=2))
def wrap2(x, *args, **kwargs):
    return target(*args, x=x, **kwargs)
print(wrap2("X", 1, k=2))
try:
    wrap()
except TypeError as e:
    print(e)
