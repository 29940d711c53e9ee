# datetime: time construction, repr, isoformat timespecs, comparisons, replace
from datetime import time, timezone, timedelta

for args in [(), (12,), (12, 30), (12, 30, 45), (12, 30, 45, 123456), (0, 0, 0, 5), (23, 59, 59, 999999)]:
    t = time(*args)
    print(args, repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
t = time(9, 5, 7, 123456)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(9, 5).isoformat(timespec=spec))
try:
    t.isoformat('nanoseconds')
except ValueError as e:
    print(e)
tz = timezone(timedelta(hours=5, minutes=30))
u = time(1, 2, 3, tzinfo=tz)
print(repr(u), str(u), u.utcoffset(), u.tzname(), u.dst(), repr(time(1, fold=1)))
print(repr(time(1, 2, tzinfo=timezone.utc, fold=1)))
for args, kw in [((24,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10**6), {}),
                 ((-1,), {}), ((), {'fold': 2})]:
    try:
        time(*args, **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    time(tzinfo=1)
except TypeError as e:
    print('TypeError', e)
print(time(1) < time(2), time(1) == time(1, 0), time(1, 0, 0, 1) > time(1), time(1) != time(1))
print(time(12, tzinfo=tz) == time(6, 30, tzinfo=timezone.utc), time(12, tzinfo=tz) < time(7, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc), hash(time(12, tzinfo=tz)) == hash(time(6, 30, tzinfo=timezone.utc)))
try:
    time(1) < time(1, tzinfo=timezone.utc)
except TypeError as e:
    print(e)
print(bool(time(0)), repr(time.min), repr(time.max), repr(time.resolution))
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=tz)), repr(u.replace(tzinfo=None)), repr(t.replace(fold=1)))
print(t.strftime('%H:%M:%S.%f'), u.strftime('%H %z %Z'), format(t, '%I %p'), format(t), t.strftime('%Y-%m-%d'))
for s in ['12:30', '12', '1230', '123045.5', '12:30:45.123456+01:00', '12:30Z', 'T12:30',
          '12:30:45.1234', '12:30:45-05:00', '12:3', '25:00', 'x', '12:30:45.', '12:30+']:
    try:
        print(s, repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
