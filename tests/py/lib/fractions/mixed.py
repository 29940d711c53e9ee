# fractions: mixed-type sums and products, subclasses, bools, huge values, format()
from fractions import Fraction as F
import math

print(sum([F(1, 2), 1, True, F(1, 3)]), sum([F(1, 2), 0.25]), math.fsum([F(1, 3), F(2, 3)]))
print(F(10**50, 3) // 7, F(10**50, 3) % F(1, 7), float(F(10**300, 7)), F(1, 10**400) > 0, float(F(1, 10**400)))
print(F(3, 4) * True, F(3, 4) + False, True / F(3, 4), repr(F(2, 3) * 1.5), repr(1.5 / F(3, 4)))
print(math.prod([F(1, n) for n in range(1, 8)]), F(7, 3).__trunc__(), F(-7, 3).__trunc__())
print([str(F(n, 6)) for n in range(-7, 8)])
print(F(1, 3) == F(2, 6), F(1, 3) is not F(1, 3), F(0) == 0.0, F(0) == -0.0, F(1, 2) != 0.5)
print(format(F(1, 3)), '{}'.format(F(-5, 4)), '%s %r' % (F(2, 4), F(2, 4)))
try:
    format(F(1, 3), '.2f')
except TypeError as e:
    print('TypeError', e)
class Money(F):
    def __str__(self):
        return '$%.2f' % float(self)
m = Money(123, 4)
print(m, repr(m), type(m + 1).__name__, type(-m).__name__, isinstance(m, F), m == F(123, 4), hash(m) == hash(F(123, 4)))
print(F(2) ** 100, F(1, 2) ** -10, F(-2, 3) ** -3, F(-1) ** F(1, 2) if False else '', F(10) ** -1)
print(round(F(-1, 2)), round(F(1, 2)), round(F(3, 2)), round(F(-3, 2)), round(F(355, 113), 4))
