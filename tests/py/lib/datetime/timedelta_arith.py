# datetime: timedelta arithmetic, rounding of * and /, comparisons, hashing
from datetime import timedelta as T

a, b = T(days=1, hours=2), T(hours=-5, microseconds=7)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+b), repr(abs(b)), repr(abs(a)))
for f in [2, -3, 0, 0.5, 1 / 3, -1.5, 2.5e-7, 1e-6]:
    print(f, repr(a * f), repr(f * b))
for d in [2, 3, -7, 7.0, 0.1, 1e6]:
    print(d, repr(a / d), repr(b / d))
for d in [2, 3, -7, 1000000]:
    print(d, repr(a // d), repr(b // d))
print(a / b, b / a, a // b, b // a, repr(a % b), repr(b % a), divmod(a, T(hours=7)))
print(repr(T(microseconds=3) / 2), repr(T(microseconds=5) / 2), repr(T(microseconds=-5) / 2),
      repr(T(microseconds=3) * 0.5), repr(T(microseconds=5) * 0.5))
for x, y in [(a, b), (a, a), (b, a), (T(0), T(microseconds=0))]:
    print(x < y, x <= y, x == y, x != y, x > y, x >= y)
print(a == 1, a != 'x', hash(T(1)) == hash(T(hours=24)), len({T(1), T(seconds=86400), T(2)}))
print(sorted([T(1), T(-1), T(0, 5), T(0, -5)]))
print(max(a, b), min(a, b), sum([a, b, a], T(0)))
for op in [lambda: a / 0, lambda: a // 0, lambda: a % T(0), lambda: a / 0.0, lambda: divmod(a, T(0))]:
    try:
        op()
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
try:
    T.max + T(1)
except OverflowError as e:
    print('OverflowError', e)
