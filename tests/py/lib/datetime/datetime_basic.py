# datetime: datetime construction, repr, str, isoformat with sep/timespec, ctime, strftime
from datetime import datetime, date, time, timezone, timedelta

for args in [(2024, 5, 17), (2024, 5, 17, 12), (2024, 5, 17, 12, 30, 45), (2024, 5, 17, 0, 0, 0, 1),
             (1, 1, 1), (9999, 12, 31, 23, 59, 59, 999999)]:
    dt = datetime(*args)
    print(repr(dt), str(dt), dt.isoformat(), dt.ctime())
dt = datetime(2024, 5, 17, 9, 5, 7, 120000)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(dt.isoformat(timespec=spec), dt.isoformat(' ', spec), datetime(2024, 1, 1).isoformat('x', spec))
try:
    dt.isoformat(timespec='minute')
except ValueError as e:
    print(e)
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
a = datetime(2024, 5, 17, 12, 0, tzinfo=ist)
print(repr(a), str(a), a.utcoffset(), a.tzname(), a.dst(), repr(datetime(2024, 1, 1, fold=1)))
print(a.strftime('%Y-%m-%d %H:%M:%S %z %Z %f %%'), dt.strftime('%a %A %b %B %j %y %f|%z|%Z|'))
print(format(a, '%d/%m/%Y'), format(dt), '{:%H.%M}'.format(dt), f'{dt:%Y}')
print(repr(dt.date()), repr(dt.time()), repr(a.timetz()), repr(a.time()))
print(dt.timetuple())
print(a.utctimetuple())
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal())
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4))), repr(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=ist))))
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=ist), tzinfo=None)))
print(repr(datetime.combine(datetime(2024, 1, 2, 5), time(3))))
print(repr(dt.replace(year=2000, microsecond=0)), repr(a.replace(tzinfo=None)), repr(dt.replace(tzinfo=timezone.utc)))
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
for args in [(2024, 2, 30), (2024, 1, 1, 24), (2024, 1, 1, 1, 60), (2024, 1, 1, 0, 0, 0, -1), (10000, 1, 1)]:
    try:
        datetime(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    datetime.combine(1, time())
except TypeError as e:
    print(e)
print(isinstance(dt, date), issubclass(datetime, date), type(dt.date()).__name__)
