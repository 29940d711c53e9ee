# Pins the tuple-subclass pattern collections.namedtuple relies on: __new__ via tuple.__new__, __slots__ = (), properties, _make.
from operator import itemgetter

class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != 2:
            raise TypeError(f"Expected 2 arguments, got {len(result)}")
        return result
    def _replace(self, **kw):
        return self._make(map(kw.pop, self._fields, self))
    def __repr__(self):
        return "Point(x=%r, y=%r)" % self
    def _asdict(self):
        return dict(zip(self._fields, self))
    def __getnewargs__(self):
        return tuple(self)
    x = property(itemgetter(0), doc="Alias for field number 0")
    y = property(itemgetter(1), doc="Alias for field number 1")

p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), type(p).__name__)
print(p == (1, 2), p + (3,), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(Point._make([5, 6]), p._replace(y=9), p._asdict())
a, b = p
print(a, b, list(p), sorted([Point(2, 1), Point(1, 5)]))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
print(max(Point(3, 4), Point(3, 5)), {Point(0, 0): "origin"}[(0, 0)])

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
q = Pair("l", "r")
print(q, q.swap(), type(q.swap()).__name__, q[::-1], type(q[::-1]).__name__)

class Point3(Point):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Point3(-1, 2).norm1(), Point3(3, 4))
