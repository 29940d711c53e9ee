# Pins subclassing a namedtuple to add methods and sorting namedtuples.
from collections import namedtuple
class V(namedtuple('V', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x * self.x + self.y * self.y
vs = [V(3, 4), V(1, 1), V(0, 2)]
print([v.norm2() for v in vs])
print(sorted(vs), max(vs, key=V.norm2))
print({v: i for i, v in enumerate(vs)}[V(1, 1)])
