# Float (pyperformance's): many small objects with float attributes,
# created, normalized and reduced; floats, instances and math. Needs
# classes. --quick: 2000 points.
import sys
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
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


def main(quick):
    n, loops = (2000, 2) if quick else (100000, 14)
    for _ in range(loops):
        p = benchmark(n)
    print("float", "%.9f %.9f %.9f" % (p.x, p.y, p.z))


main("--quick" in sys.argv[1:])
