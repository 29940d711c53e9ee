# Pins an LRU cache built on OrderedDict.move_to_end/popitem(last=False).
from collections import OrderedDict
class LRU:
    def __init__(self, n):
        self.n, self.d = n, OrderedDict()
    def get(self, k):
        if k not in self.d:
            return None
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.n:
            self.d.popitem(last=False)
c = LRU(2)
c.put(1, 'a'); c.put(2, 'b'); c.get(1); c.put(3, 'c')
print(list(c.d.items()), c.get(2), c.get(1))
print(OrderedDict.fromkeys('abc', 0), list(reversed(OrderedDict.fromkeys('xyz'))))
o = OrderedDict(a=1); print(o.setdefault('b', 2), o.setdefault('a', 9), o, o.copy())
