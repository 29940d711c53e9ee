# Pins numbers: the built-in types in the tower, Fraction as Rational, a user Integral subclass using the mixins, abstract-method refusal, and registering a class.
import numbers
from fractions import Fraction

vals = [True, 3, 2.5, 1j, Fraction(1, 3), "3", None]
for v in vals:
    print(type(v).__name__, [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Rational), issubclass(Fraction, numbers.Number), issubclass(complex, numbers.Real))


class Small(numbers.Integral):
    def __init__(self, v):
        self.v = int(v)

    def __int__(self):
        return self.v

    def __repr__(self):
        return "Small(%d)" % self.v

    def __add__(self, o):
        return Small(self.v + int(o))

    __radd__ = __add__

    def __neg__(self):
        return Small(-self.v)

    def __pos__(self):
        return self

    def __mul__(self, o):
        return Small(self.v * int(o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return self.v / int(o)

    def __rtruediv__(self, o):
        return int(o) / self.v

    def __pow__(self, e, m=None):
        return Small(pow(self.v, int(e), m))

    def __rpow__(self, b):
        return Small(int(b) ** self.v)

    def __abs__(self):
        return Small(abs(self.v))

    def __eq__(self, o):
        return self.v == int(o)

    def __hash__(self):
        return hash(self.v)

    def __trunc__(self):
        return self.v

    __floor__ = __ceil__ = __trunc__

    def __round__(self, nd=None):
        return self.v

    def __floordiv__(self, o):
        return Small(self.v // int(o))

    def __rfloordiv__(self, o):
        return Small(int(o) // self.v)

    def __mod__(self, o):
        return Small(self.v % int(o))

    def __rmod__(self, o):
        return Small(int(o) % self.v)

    def __lt__(self, o):
        return self.v < int(o)

    def __le__(self, o):
        return self.v <= int(o)

    def __lshift__(self, o):
        return Small(self.v << int(o))

    def __rlshift__(self, o):
        return Small(int(o) << self.v)

    def __rshift__(self, o):
        return Small(self.v >> int(o))

    def __rrshift__(self, o):
        return Small(int(o) >> self.v)

    def __and__(self, o):
        return Small(self.v & int(o))

    __rand__ = __and__

    def __xor__(self, o):
        return Small(self.v ^ int(o))

    __rxor__ = __xor__

    def __or__(self, o):
        return Small(self.v | int(o))

    __ror__ = __or__

    def __invert__(self):
        return Small(~self.v)


s = Small(7)
print(s - 2, 10 - s, divmod(s, 2), float(s), complex(s), s.real, s.imag, s.numerator, s.denominator, s.conjugate(), bool(Small(0)), [10, 20, 30, 40, 50, 60, 70, 80][s])
print(isinstance(s, numbers.Rational), Small.__mro__[1].__name__)
try:
    numbers.Real()
except TypeError as e:
    print("TypeError", str(e)[:50])


class Half(numbers.Real):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError", str(e).split(" with ")[0])


class Meters:
    pass


numbers.Real.register(Meters)
print(isinstance(Meters(), numbers.Complex), isinstance(Meters(), numbers.Integral), hash(numbers.Number) is not None)
