# Pins default values: evaluated once at def time, shared between calls (mutable default), overridable.
x = 10
def f(a, b=x, c=x * 2):
    return a, b, c
x = 99
print(f(1), f(1, 2), f(1, c=0))
def append(v, acc=[]):
    acc.append(v)
    return acc
print(append(1), append(2))
r = append(3)
print(r is append(4), r)
print(append(5, []))
print(append.__defaults__)
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))
def h(a=1, b=2, *, c=3, d):
    return a, b, c, d
print(h(d=4), h(0, d=4, c=0), h.__defaults__, h.__kwdefaults__)
