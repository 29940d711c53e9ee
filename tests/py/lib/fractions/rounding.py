# fractions: round, floor, ceil, trunc, int, float, limit_denominator
import math
from fractions import Fraction as F

for f in [F(7, 2), F(5, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(22, 7), F(0), F(9, 4), F(-9, 4)]:
    print(f, round(f), math.floor(f), math.ceil(f), math.trunc(f), int(f), float(f),
          repr(round(f, 1)), repr(round(f, 2)), repr(round(f, 0)), repr(round(f, -1)))
print(repr(round(F(1234567, 100), -2)), repr(round(F(15, 1), -1)), repr(round(F(25), -1)))
print(type(round(F(5, 2))), type(math.floor(F(5, 2))))
pi = F(3.141592653589793)
for m in [1, 2, 7, 10, 100, 113, 1000, 10**6, 10**9]:
    print(m, repr(pi.limit_denominator(m)))
print(F(1, 3).limit_denominator(3), F(-1, 3).limit_denominator(2), F(0.1).limit_denominator())
print(F('3.1415926535897932384626433832795').limit_denominator(1000))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
print(float(F(1, 3)), float(F(10**400, 3 * 10**399)), float(F(-2, 3)))
print(complex(F(1, 4)))
import copy
a = F(3, 8)
print(copy.copy(a) is a, copy.deepcopy(a) is a, copy.copy(a) == a)
