# Pins namedtuple fields, indexing, unpacking, repr, _asdict and _fields.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, list(p), p._asdict(), Point._fields)
print(p == (11, 22), p == Point(11, 22), p < Point(12, 0))
print(Point.__name__, Point.__doc__)
