# Pins the float benchmark shape: Point objects with __slots__, trig and sqrt, normalisation, maximize via reduce-like loops, and float reprs.
from math import sin, cos, sqrt, pi, hypot, fsum, floor, isclose


class Point:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


print(benchmark(2000))
print(benchmark(10))
p = Point(1)
try:
    p.w = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, '__dict__'), Point.__slots__)
vals = [0.1 * i for i in range(12)]
print(vals)
print(sum(vals), fsum(vals), round(sum(vals), 3))
print(1e16, 1e-5, 123456789.0, 0.1 + 0.2, 1 / 3, 2 / 3, -0.0, 1e300 * 1e10, float('nan'))
print(hypot(3, 4), floor(-2.5), round(2.5), round(3.5), round(-0.5), round(1.23456, 2))
print(isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, (0.5).as_integer_ratio(), (2.5).is_integer())
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -7.5 // 2, 2 ** 0.5, 10 ** -2)
print(float('1e500'), float('-inf'), float(' 3.25 '), int(3.99), int(-3.99))
print(pi * 1e10, pi * 1e-10, 1234.5678e20, 5e-324, 1.7976931348623157e308)
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35)], round(1234.5, -2), round(15, -1))
print(max(vals), min(vals, key=lambda v: abs(v - 0.55)), sorted([3.5, -1.0, 2.25])[::-1])
