# Pins a sympy-flavoured expression system: immutable nodes with __hash__/__eq__, operator overloading building trees, canonical ordering, simplification, differentiation and evaluation.
from fractions import Fraction
from functools import reduce


class Expr:
    __slots__ = ()

    def __add__(self, o):
        return Add(self, sym(o))

    def __radd__(self, o):
        return Add(sym(o), self)

    def __mul__(self, o):
        return Mul(self, sym(o))

    def __rmul__(self, o):
        return Mul(sym(o), self)

    def __sub__(self, o):
        return Add(self, Mul(Num(-1), sym(o)))

    def __neg__(self):
        return Mul(Num(-1), self)

    def __pow__(self, n):
        return Pow(self, n)

    def __eq__(self, o):
        return type(self) is type(o) and self.key() == o.key()

    def __hash__(self):
        return hash((type(self).__name__, self.key()))

    def __lt__(self, o):
        return (self.rank, str(self)) < (o.rank, str(o))


class Num(Expr):
    __slots__ = ("v",)
    rank = 0

    def __init__(self, v):
        self.v = Fraction(v)

    def key(self):
        return self.v

    def __str__(self):
        return str(self.v) if self.v.denominator == 1 else f"({self.v})"

    def diff(self, x):
        return Num(0)

    def eval(self, env):
        return self.v


class Sym(Expr):
    __slots__ = ("name",)
    rank = 1

    def __init__(self, name):
        self.name = name

    def key(self):
        return self.name

    def __str__(self):
        return self.name

    def diff(self, x):
        return Num(1 if self == x else 0)

    def eval(self, env):
        return Fraction(env[self.name])


def sym(o):
    return o if isinstance(o, Expr) else Num(o)


class Add(Expr):
    __slots__ = ("args",)
    rank = 3

    def __new__(cls, *args):
        terms = {}
        const = Fraction(0)
        for a in args:
            for t in (a.args if isinstance(a, Add) else (a,)):
                if isinstance(t, Num):
                    const += t.v
                    continue
                coeff, rest = (t.args[0].v, Mul(*t.args[1:])) if isinstance(t, Mul) and isinstance(t.args[0], Num) else (Fraction(1), t)
                terms[rest] = terms.get(rest, 0) + coeff
        parts = sorted(Mul(Num(c), t) for t, c in terms.items() if c != 0)
        if const:
            parts.insert(0, Num(const))
        if not parts:
            return Num(0)
        if len(parts) == 1:
            return parts[0]
        self = object.__new__(cls)
        self.args = tuple(parts)
        return self

    def key(self):
        return self.args

    def __str__(self):
        return " + ".join(map(str, self.args))

    def diff(self, x):
        return Add(*(a.diff(x) for a in self.args))

    def eval(self, env):
        return sum(a.eval(env) for a in self.args)


class Mul(Expr):
    __slots__ = ("args",)
    rank = 2

    def __new__(cls, *args):
        coeff = Fraction(1)
        powers = {}
        for a in args:
            for f in (a.args if isinstance(a, Mul) else (a,)):
                if isinstance(f, Num):
                    coeff *= f.v
                elif isinstance(f, Pow):
                    powers[f.base] = powers.get(f.base, 0) + f.exp
                else:
                    powers[f] = powers.get(f, 0) + 1
        if coeff == 0:
            return Num(0)
        factors = sorted(Pow(b, e) for b, e in powers.items() if e != 0)
        if coeff != 1 or not factors:
            factors.insert(0, Num(coeff))
        if len(factors) == 1:
            return factors[0]
        self = object.__new__(cls)
        self.args = tuple(factors)
        return self

    def key(self):
        return self.args

    def __str__(self):
        return "*".join(f"({a})" if isinstance(a, Add) else str(a) for a in self.args)

    def diff(self, x):
        terms = []
        for i, a in enumerate(self.args):
            rest = self.args[:i] + self.args[i + 1:]
            terms.append(Mul(a.diff(x), *rest))
        return Add(*terms)

    def eval(self, env):
        return reduce(lambda p, a: p * a.eval(env), self.args, Fraction(1))


class Pow(Expr):
    __slots__ = ("base", "exp")
    rank = 1.5

    def __new__(cls, base, exp):
        if exp == 0:
            return Num(1)
        if exp == 1:
            return base
        if isinstance(base, Num):
            return Num(base.v ** exp)
        self = object.__new__(cls)
        self.base, self.exp = base, exp
        return self

    def key(self):
        return (self.base, self.exp)

    def __str__(self):
        return f"{self.base}^{self.exp}"

    def diff(self, x):
        return Mul(Num(self.exp), Pow(self.base, self.exp - 1), self.base.diff(x))

    def eval(self, env):
        return self.base.eval(env) ** self.exp


x, y = Sym("x"), Sym("y")
e = (x + 1) * (x + 1) + 3 * x * y - x * 2 + y * x
print(e)
print(e.diff(x), "|", e.diff(y))
print(e.eval({"x": 2, "y": Fraction(1, 3)}), (x ** 3 * y ** 2).diff(x), Add(x, -x), Mul(x, Num(0)), x * x * x == x ** 3)
p = Num(1)
for k in range(1, 5):
    p = p * (x + k)
print(p, "=", p.eval({"x": 1}))
d = p
for _ in range(4):
    d = d.diff(x)
print(d, Fraction(3, 4) * x + Fraction(1, 4) * x, hash(x + y) == hash(y + x), {x + y: 1}[y + x], [str(t) for t in sorted([y, Num(2), x * y, x ** 2, x])])
