# datetime: timedelta normalisation, repr, str, attributes, float arguments
from datetime import timedelta

cases = [(), (1,), (0, 3600), (1, 3600), (0, 0, 1), (-1,), (0, -1), (0, 0, -1),
         (1, 86400), (0, 90061), (2, 0, 1500000)]
for c in cases:
    t = timedelta(*c)
    print(c, repr(t), str(t), t.days, t.seconds, t.microseconds)
kw = [dict(weeks=2), dict(hours=25), dict(minutes=-1), dict(milliseconds=1500),
      dict(days=1.5), dict(seconds=0.5), dict(hours=1.25, minutes=0.5),
      dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5),
      dict(microseconds=-0.5), dict(days=-1.5, seconds=3.3), dict(weeks=0.1),
      dict(seconds=1e-7), dict(milliseconds=0.0005), dict(days=1e-10),
      dict(hours=-25, seconds=7), dict(minutes=1 / 3), dict(days=True)]
for k in kw:
    t = timedelta(**k)
    print(k, repr(t), str(t))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), str(timedelta.max), str(timedelta(days=-2, seconds=5)))
print(timedelta(days=3).total_seconds(), timedelta(microseconds=1).total_seconds(),
      timedelta(days=-1, microseconds=3).total_seconds(), timedelta.max.total_seconds())
for bad in [dict(days=10**9), dict(days=-10**9), dict(weeks=2 * 10**8)]:
    try:
        timedelta(**bad)
    except OverflowError as e:
        print('OverflowError', e)
for bad in [dict(days='1'), dict(seconds=None), dict(hours=[1])]:
    try:
        timedelta(**bad)
    except TypeError as e:
        print('TypeError', e)
for v in [float('nan'), float('inf')]:
    try:
        timedelta(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
