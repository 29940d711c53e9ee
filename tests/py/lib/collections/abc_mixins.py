# Pins collections.abc mixin methods for user Sequence and MutableMapping.
from collections.abc import Sequence, MutableMapping
class Squares(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(16), s.count(4), list(reversed(s)))
class Store(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = Store(); m.update({'a': 1}, b=2); print(m.setdefault('c', 3), m.pop('a'), m.get('a'), sorted(m.items()), len(m))
print(m.popitem(), len(m))
