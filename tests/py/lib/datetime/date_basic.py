# datetime: date construction, errors, ordinals, weekdays, isocalendar, replace
from datetime import date, MINYEAR, MAXYEAR

print(MINYEAR, MAXYEAR, repr(date.min), repr(date.max), repr(date.resolution))
d = date(2024, 5, 17)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat(), d.ctime())
print(d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()))
ic = d.isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], len(ic), ic == (2024, 20, 5))
for y, m, dd in [(1, 1, 1), (2000, 2, 29), (1900, 3, 1), (2020, 12, 31), (2021, 1, 3),
                 (2026, 1, 1), (2015, 12, 31), (2016, 1, 1), (9999, 12, 31), (2008, 12, 29),
                 (2010, 1, 3), (2004, 12, 31), (1600, 2, 29)]:
    x = date(y, m, dd)
    o = x.toordinal()
    print(x, o, date.fromordinal(o) == x, x.weekday(), x.isoweekday(), x.isocalendar(), x.ctime())
for args in [(0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1), (2023, 2, 29),
             (2024, 4, 31), (2024, 1, 0), (1900, 2, 29)]:
    try:
        date(*args)
    except ValueError as e:
        print(args, 'ValueError', e)
for args in [('2024', 1, 1), (2024.0, 1, 1), (2024,), (2024, 5)]:
    try:
        date(*args)
    except TypeError as e:
        print(args, 'TypeError', e)
for n in [0, -5, 3652060]:
    try:
        date.fromordinal(n)
    except ValueError as e:
        print(n, 'ValueError', e)
print(repr(d.replace(year=2023)), repr(d.replace(month=2, day=1)), repr(d.replace()))
try:
    d.replace(day=31, month=6)
except ValueError as e:
    print(e)
print(d.timetuple())
print(date.fromisocalendar(2024, 20, 5), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
for args in [(2024, 53, 1), (2024, 0, 1), (2024, 5, 0), (2024, 5, 8), (0, 1, 1)]:
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print(args, 'ValueError', e)
class D(date):
    pass
print(repr(D(2024, 1, 2)), type(D(2024, 1, 2).replace(day=5)).__name__)
