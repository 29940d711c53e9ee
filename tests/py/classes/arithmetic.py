# binary operators, reflected operators, NotImplemented fallbacks
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self): return f"Vec({self.x}, {self.y})"
v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, 3 * v, v - Vec(1, 1), -v, abs(v))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, n): self.n = n
    def __radd__(self, o): return Num(o + self.n)
    def __repr__(self): return f"Num({self.n})"
print(1 + Num(2), sum([Num(1), Num(2)], 0) if False else 5 + Num(5))
