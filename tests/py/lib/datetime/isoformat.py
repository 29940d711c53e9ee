# datetime: fromisoformat of dates and datetimes (3.11 forms) and round trips
from datetime import date, datetime, timezone, timedelta

for s in ['2024-05-17', '20240517', '2024-W20-5', '2024W205', '2024-W01', '2020-W53-7', '0001-01-01',
          '2024-5-17', '2024-05-7', '24-05-17', '2024-13-01', '2024-02-30', '2024/05/17', '', '2024-05-17 ']:
    try:
        print(repr(s), repr(date.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s in ['2024-05-17T12:30:45.123', '2024-05-17 12:30:45.1234567', '2024-05-17T12', '2024-05-17T1230',
          '2024-05-17T12:30:45+05:30', '2024-05-17T12:30:45Z', '2024-05-17T12:30:45-0800',
          '2024-05-17T12:30:45,5', '20240517T123045', '2024-W20-5', '2024W205', '2024-05-17T12:30:45+05',
          '2024-05-17x12:30', '2024-05-17T24:00', '2024-05-17', '2024-05-17T', '2024-05-17T12:30:45+00:00',
          '2024-05-17T12:3', 'garbage']:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for bad in [None, 20240517, b'2024-05-17']:
    for cls in (date, datetime):
        try:
            cls.fromisoformat(bad)
        except TypeError as e:
            print('TypeError', e)
tz = timezone(timedelta(hours=-3, minutes=-30))
for dt in [datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, tzinfo=tz), datetime(1, 1, 1, 0, 0, 0, 999000),
           datetime(2024, 12, 31, 23, 59, 59, tzinfo=timezone.utc)]:
    s = dt.isoformat()
    print(s, datetime.fromisoformat(s) == dt, str(dt), datetime.fromisoformat(str(dt)) == dt)
print(date.fromisoformat(date(2024, 3, 4).isoformat()))
