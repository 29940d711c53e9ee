# Pins SimpleNamespace construction, repr, equality and attributes.
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns.c, sorted(vars(ns)))
print(ns == SimpleNamespace(a=1, b='two', c=[3]), ns == SimpleNamespace(a=1))
del ns.a; print(ns, SimpleNamespace())
try:
    SimpleNamespace({'x': 1}, y=2)
except TypeError as e:
    print('TypeError', e)
