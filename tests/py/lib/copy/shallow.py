# Pins copy.copy of builtin containers and of instances.
import copy
l = [1, [2]]
c = copy.copy(l)
print(c == l, c is l, c[1] is l[1])
d = {'a': [1]}; e = copy.copy(d); print(e == d, e is d, e['a'] is d['a'])
t = (1, 2); print(copy.copy(t) is t, copy.copy('s'), copy.copy(None), copy.copy({1, 2}))
class A:
    def __init__(self): self.x = [1]
a = A(); b = copy.copy(a); print(b.x is a.x, type(b) is A, b is a)
