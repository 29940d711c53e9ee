# datetime: timezone reprs, tzname UTC+hh:mm, equality, errors, a tzinfo subclass
from datetime import timezone, timedelta, tzinfo, datetime, time, UTC

for off in [timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=-5), timedelta(seconds=-1, microseconds=5),
            timedelta(hours=23, minutes=59), timedelta(minutes=-90, seconds=-7)]:
    tz = timezone(off)
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
tz = timezone(timedelta(hours=-5), 'EST')
print(repr(tz), str(tz), tz.tzname(None), repr(timezone.utc), str(timezone.utc), UTC is timezone.utc)
print(repr(timezone(timedelta(0))), timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'Z')))
print(repr(timezone.min), repr(timezone.max), str(timezone.min))
print(tz == timezone(timedelta(hours=-5)), tz == timezone.utc, hash(tz) == hash(timezone(timedelta(hours=-5))), tz == 5)
for args in [(1,), (timedelta(0), 1)]:
    try:
        timezone(*args)
    except TypeError as e:
        print('TypeError', e)
for off in [timedelta(1), timedelta(-1), timedelta(hours=-24)]:
    try:
        timezone(off)
    except ValueError as e:
        print('ValueError', e)
try:
    timezone.utc.utcoffset(1)
except TypeError as e:
    print(e)
for m in ['tzname', 'utcoffset', 'dst']:
    try:
        getattr(tzinfo(), m)(None)
    except NotImplementedError as e:
        print('NotImplementedError', e)

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return 'Fixed(%r)' % self.name

f = Fixed(90, 'X')
d = datetime(2024, 6, 1, 10, tzinfo=f)
print(repr(d), d, d.utcoffset(), d.tzname(), d.dst(), d.strftime('%z %Z'))
print(repr(d.astimezone(timezone.utc)), repr(datetime(2024, 6, 1, 12, tzinfo=timezone.utc).astimezone(f)))
print(d == datetime(2024, 6, 1, 8, 30, tzinfo=timezone.utc), repr(time(1, tzinfo=f)), time(1, tzinfo=f).utcoffset())

class Bad(tzinfo):
    def utcoffset(self, dt):
        return self.v
for v in [5, timedelta(days=1), timedelta(hours=-25)]:
    b = Bad()
    b.v = v
    try:
        datetime(2024, 1, 1, tzinfo=b).utcoffset()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
