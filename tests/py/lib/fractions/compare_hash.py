# fractions: comparisons with int, float and Fraction; hash equal to equal numbers
from fractions import Fraction as F

fs = [F(1, 2), F(-1, 2), F(3), F(1, 3), F(0), F(10**30, 7)]
xs = [0.5, 3, 3.0, 0.3333333333333333, float('inf'), float('-inf'), float('nan'), F(1, 3), -1, 0]
for a in fs:
    print(a, [(a < x, a <= x, a == x, a != x, a > x, a >= x) for x in xs])
    print([(x < a, x == a, x >= a) for x in xs])
print(F(1, 2) == 0.5 + 0j, F(1, 2) == 0.5 + 1j, F(2) == 2, 2 == F(2), F(2) == '2')
for v in [F(1, 2), F(-1, 2), F(3), F(-1), F(0), F(1, 3), F(-7, 3), F(2**61 - 1),
          F(1, 2**61 - 1), F(5, 2 * (2**61 - 1)), F(10**40, 3), F(-2, 1), F(1, 10)]:
    print(repr(v), hash(v))
for x in [0.5, -0.25, 1e100, 3.0, 1 / 3, -2.0]:
    print(x, hash(F(x)) == hash(x), hash(F(x)))
print(hash(F(7)) == hash(7), hash(F(-1)) == hash(-1), len({F(1, 2), 0.5, F(2, 4)}))
d = {F(1, 2): 'half', 3: 'three'}
print(d[0.5], d[F(3)], d.get(F(1, 3)))
print(sorted([F(1, 3), 0.25, 1, F(-2), -1.5]))
print(max(F(5, 2), 2.4), min(F(5, 2), 3))
try:
    F(1, 2) < 1j
except TypeError as e:
    print(e)
try:
    F(1, 2) < 'x'
except TypeError as e:
    print(e)
