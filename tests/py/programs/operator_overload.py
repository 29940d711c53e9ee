# Pins operator overloading: arithmetic with reflected and in-place forms, NotImplemented fallbacks, comparisons, __bool__/__len__, __getitem__ slices, __contains__, __call__, __hash__/__eq__, __index__ and matrix ops.
import operator
from fractions import Fraction


class Vec:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vec{self.xs}"

    def _lift(self, o):
        if isinstance(o, Vec):
            if len(o.xs) != len(self.xs):
                raise ValueError("dimension mismatch")
            return o.xs
        if isinstance(o, (int, float)):
            return (o,) * len(self.xs)
        return None

    def __add__(self, o):
        ys = self._lift(o)
        return NotImplemented if ys is None else Vec(*(a + b for a, b in zip(self.xs, ys)))

    __radd__ = __add__

    def __sub__(self, o):
        ys = self._lift(o)
        return NotImplemented if ys is None else Vec(*(a - b for a, b in zip(self.xs, ys)))

    def __rsub__(self, o):
        ys = self._lift(o)
        return NotImplemented if ys is None else Vec(*(b - a for a, b in zip(self.xs, ys)))

    def __mul__(self, k):
        if isinstance(k, (int, float, Fraction)):
            return Vec(*(a * k for a in self.xs))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.xs, o.xs))

    def __truediv__(self, k):
        return Vec(*(a / k for a in self.xs))

    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.xs))

    def __mod__(self, k):
        return Vec(*(a % k for a in self.xs))

    def __pow__(self, k, mod=None):
        return Vec(*(pow(a, k, mod) for a in self.xs))

    def __neg__(self):
        return self * -1

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.xs))

    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs

    def __hash__(self):
        return hash(self.xs)

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __le__(self, o):
        return abs(self) <= abs(o)

    def __bool__(self):
        return any(self.xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __iter__(self):
        return iter(self.xs)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self

    def __call__(self, *a, **k):
        return len(self.items), a, sorted(k)

    def __lshift__(self, n):
        return self.items[:n]

    def __and__(self, o):
        return [x for x in self.items if x in o]

    def __or__(self, o):
        return self.items + [x for x in o if x not in self.items]

    def __xor__(self, o):
        return "xor"

    def __rshift__(self, n):
        return self.items[-n:]


class Idx:
    def __index__(self):
        return 2


v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v - w, 1 - v, v + 1, 2 * v, v * 0.5, v @ w, w / 2, w // 4, w % 4, v ** 2, pow(v, 3, 5))
print(-v, +v, abs(Vec(3, 4)), ~v, v == Vec(1, 2, 3), v != w, v < w, v <= v, v > w, w >= v, sorted([w, v]))
print(bool(Vec(0, 0)), bool(v), len(v), v[1], v[-1], v[::2], 2 in v, 7 in v, list(v), max(v), {v: "a"}[Vec(1, 2, 3)], sum([v, w], Vec(0, 0, 0)))
s = v
s += w
s *= 2
print(s, v, s is v)
for bad in (lambda: v + "x", lambda: v * v, lambda: "x" - v, lambda: v + Vec(1), lambda: v < 3):
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
a = Acc()
a += 1
a += 2
a += 3
print(a(9, k=1, j=2), a << 2, a >> 1, a & [2, 3, 4], a | [3, 4], a ^ 0, [10, 20, 30, 40][Idx()], "abcd"[Idx():], bin(Idx()) if False else operator.index(Idx()))
print(operator.add(v, w), operator.mul(3, v), operator.neg(w), operator.getitem(w, slice(1, None)), operator.contains(v, 3), operator.lt(v, w))
print(Fraction(1, 3) * v, v * Fraction(1, 2), Fraction(3, 4) + Fraction(1, 4), Fraction(1, 3) < 0.5, divmod(Fraction(7, 2), 1))


class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("  Num.__eq__")
        return NotImplemented

    def __radd__(self, o):
        return Num(o + self.v)

    def __repr__(self):
        return f"Num({self.v})"


print(Num(1) == Num(1), 5 + Num(2), sum([Num(1)], 10), 1 == Num(1))
