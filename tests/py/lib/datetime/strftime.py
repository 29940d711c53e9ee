# datetime: strftime and format() of date, time and datetime, with %f %z %Z and literal %
from datetime import date, time, datetime, timezone, timedelta

codes = ['%a', '%A', '%w', '%d', '%b', '%B', '%m', '%y', '%Y', '%H', '%I', '%p', '%M', '%S', '%f',
         '%z', '%Z', '%j', '%U', '%W', '%c', '%x', '%X', '%%', '%G-W%V-%u', '%e', '%D', '%T', '%R']
tz = timezone(timedelta(hours=-3, minutes=-30), 'NST')
objs = [date(2024, 2, 29), datetime(2023, 12, 31, 23, 5, 9, 42), datetime(2024, 1, 1, 0, 0, tzinfo=tz),
        time(7, 8, 9, 10), time(13, 0, tzinfo=timezone.utc), datetime(1999, 1, 3, 12, tzinfo=timezone(timedelta(seconds=3661)))]
for o in objs:
    print(repr(o))
    print('  ' + ' | '.join(o.strftime(c) for c in codes))
print(datetime(2024, 5, 17, 8).strftime('%Y-%m-%dT%H:%M:%S.%f%z'), datetime(2024, 5, 17).strftime(''))
print(date(2024, 5, 17).strftime('week %W, day %j, %%f=%f'), '{:%d.%m.%Y}'.format(date(2024, 5, 17)))
print(f'{datetime(2024, 5, 17, 9, 30):%H:%M} {time(9, 30):%I:%M %p} {date(2024, 5, 17)!s:>12}|')
for o, spec in [(date(2024, 1, 1), 5), (time(), None)]:
    try:
        o.strftime(spec)
    except TypeError as e:
        print('TypeError', e)
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(microseconds=1500))).strftime('%z'))
