# Pins copy and deepcopy of list, dict and tuple subclasses with instance attributes.
import copy
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    pass
l = L([[1], 2]); l.tag = 't'
c = copy.deepcopy(l); print(type(c).__name__, c, c[0] is l[0], c.tag)
d = D(a=[1]); e = copy.copy(d); print(type(e).__name__, e, e['a'] is d['a'])
t = T(([1], 2)); u = copy.deepcopy(t); print(type(u).__name__, u, u[0] is t[0])
