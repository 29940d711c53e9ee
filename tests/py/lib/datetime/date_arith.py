# datetime: date arithmetic with timedelta, subtraction, comparisons, hashing, overflow
from datetime import date, timedelta

d = date(2024, 2, 28)
for n in [1, 2, 365, -59, 10000, -738000]:
    print(n, repr(d + timedelta(n)), repr(timedelta(n) + d), repr(d - timedelta(n)))
print(repr(d + timedelta(hours=47)), repr(d - timedelta(seconds=1)), repr(d + timedelta(microseconds=-1)))
print(repr(date(2024, 12, 25) - date(2024, 1, 1)), repr(date(2000, 1, 1) - date(2024, 1, 1)))
for op in [lambda: date.max + timedelta(1), lambda: date.min - timedelta(1)]:
    try:
        op()
    except OverflowError as e:
        print('OverflowError', e)
a, b = date(2024, 1, 1), date(2024, 1, 2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a == date(2024, 1, 1))
print(a == 1, a != '2024-01-01', hash(a) == hash(date(2024, 1, 1)), len({a, b, date(2024, 1, 1)}))
print(sorted([b, a, date(1999, 12, 31)]))
print({date(2024, 1, 1): 'x'}[date(2024, 1, 1)])
for op in [lambda: a + 1, lambda: a - 1, lambda: a < 1]:
    try:
        op()
        print('no error')
    except TypeError as e:
        print('TypeError')
