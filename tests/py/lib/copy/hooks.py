# Pins __copy__ and __deepcopy__(memo) hooks and instances with __slots__.
import copy
class H:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('copy hook'); return H(self.v)
    def __deepcopy__(self, memo):
        print('deepcopy hook', type(memo).__name__); return H(copy.deepcopy(self.v, memo))
h = H([1]); print(copy.copy(h).v is h.v, copy.deepcopy(h).v is h.v)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s = S(); s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, 'b'))
class N:
    def __init__(self): self.children = []; self.parent = None
root = N(); kid = N(); kid.parent = root; root.children.append(kid)
r2 = copy.deepcopy(root); print(r2.children[0].parent is r2, r2 is root)
