# Pins chaos-game style float and class code: a vector class with operators, a B-spline, and an iterated function system on a grid.


class GVector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def mag(self):
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5

    def dist(self, other):
        return (self - other).mag()

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2,
                       self.z * l1 + other.z * l2)

    def __repr__(self):
        return "<%f, %f, %f>" % (self.x, self.y, self.z)


class Spline:
    """A uniform quadratic B-spline through control points."""

    def __init__(self, points):
        self.points = points
        self.knots = [0, 0] + list(range(len(points) - 1)) + [len(points) - 2] * 2

    def __call__(self, u):
        # de Boor's algorithm, degree 2
        k = len(self.knots) - 4
        while k > 2 and self.knots[k] > u:
            k -= 1
        d = [self.points[k - 2 + j] for j in range(3)]
        for r in (1, 2):
            for j in (2, 1) if r == 1 else (2,):
                i = k - 2 + j
                left, right = self.knots[i], self.knots[i + 3 - r]
                alpha = 0.0 if right == left else (u - left) / (right - left)
                d[j] = d[j - 1].linear_combination(d[j], 1 - alpha, alpha)
        return d[2]


class LCG:
    """A small deterministic generator (the numbers, not their quality, matter)."""

    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648


def chaos_game(iterations, size):
    rng = LCG(42)
    corners = [GVector(0.0, 0.0), GVector(1.0, 0.0), GVector(0.5, 0.866)]
    p = GVector(0.3, 0.3)
    grid = [[0] * size for _ in range(size)]
    for _ in range(iterations):
        c = corners[int(rng.random() * 3)]
        p = p.linear_combination(c, 0.5)
        x = min(size - 1, int(p.x * size))
        y = min(size - 1, int(p.y * size / 0.866))
        grid[y][x] += 1
    return grid


spline = Spline([GVector(0.0, 0.0), GVector(1.0, 2.0), GVector(3.0, 3.0), GVector(4.0, 0.0),
                 GVector(6.0, 1.0)])
for u in (0.0, 0.5, 1.25, 2.0, 2.75):
    print(u, spline(u))
a, b = GVector(1.0, 2.0, 2.0), GVector(-1.5, 0.25, 4.0)
print(a.mag(), a.dist(b), a + b, a - b, 2 * a, a.linear_combination(b, 0.3))
grid = chaos_game(20000, 16)
for row in reversed(grid):
    print(''.join('#' if n > 120 else '+' if n > 40 else '.' if n else ' ' for n in row))
print(sum(map(sum, grid)), max(map(max, grid)))
