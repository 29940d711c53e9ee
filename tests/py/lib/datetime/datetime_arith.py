# datetime: datetime arithmetic, naive/aware subtraction and comparison rules
from datetime import datetime, date, timezone, timedelta

dt = datetime(2024, 2, 28, 23, 30)
for d in [timedelta(hours=1), timedelta(days=1, minutes=30), timedelta(microseconds=-1),
          timedelta(days=-365), timedelta(weeks=520)]:
    print(repr(dt + d), repr(d + dt), repr(dt - d))
print(repr(datetime(2024, 3, 1) - datetime(2024, 2, 1, 12)), repr(datetime(2000, 1, 1) - dt))
utc = timezone.utc
est = timezone(timedelta(hours=-5), 'EST')
a = datetime(2024, 1, 1, 12, tzinfo=utc)
b = datetime(2024, 1, 1, 7, tzinfo=est)
c = datetime(2024, 1, 1, 8, tzinfo=est)
print(a == b, a < c, c > a, a - b, repr(c - a), repr(a - c), hash(a) == hash(b))
print(repr(a + timedelta(hours=1)), repr(b - timedelta(days=1)))
n = datetime(2024, 1, 1, 12)
print(n == a, n != a)
for op in [lambda: n < a, lambda: n - a, lambda: a >= n]:
    try:
        op()
    except TypeError as e:
        print(e)
print(dt == dt.date(), dt.date() == dt, dt != dt.date())
for op in [lambda: dt < dt.date(), lambda: dt.date() <= dt]:
    try:
        op()
    except TypeError as e:
        print(e)
for op in [lambda: datetime.max + timedelta(1), lambda: datetime.min - timedelta(microseconds=1)]:
    try:
        op()
    except OverflowError as e:
        print('OverflowError', e)
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5), datetime(2024, 1, 1, 23)]))
print(len({a, b, c, datetime(2024, 1, 1, 12, tzinfo=utc)}))
print((a - datetime(1970, 1, 1, tzinfo=utc)).total_seconds(), a.timestamp(), b.timestamp())
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=3))).timestamp())
print(repr(a.astimezone(est)), repr(b.astimezone(utc)), repr(a.astimezone(timezone(timedelta(hours=5, minutes=45)))))
