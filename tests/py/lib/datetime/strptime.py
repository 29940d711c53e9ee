# datetime: strptime directives, defaults, %z/%Z, ISO week rules, 12-hour clock and error messages
from datetime import datetime
cases = [('2024-05-17 12:30:45', '%Y-%m-%d %H:%M:%S'), ('17/5/24', '%d/%m/%y'), ('17/5/69', '%d/%m/%y'), ('17/5/68', '%d/%m/%y'),
         ('Friday, May 17, 2024', '%A, %B %d, %Y'), ('fri may 17 2024', '%a %b %d %Y'), ('2024517', '%Y%m%d'),
         ('12:30 PM', '%I:%M %p'), ('12:30 am', '%I:%M %p'), ('1:05 pm', '%I:%M %p'), ('3', '%I'),
         ('2024-05-17T12:30:45.123+05:30', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2024-05-17 -0800', '%Y-%m-%d %z'),
         ('2024-05-17 Z', '%Y-%m-%d %z'), ('2024-05-17 +01:02:03.5', '%Y-%m-%d %z'), ('2024-05-17 +0102:03', '%Y-%m-%d %z'),
         ('2024-05-17 UTC', '%Y-%m-%d %Z'), ('2024-05-17 +0000 UTC', '%Y-%m-%d %z %Z'), ('2024 138', '%Y %j'),
         ('2024 20 5', '%G %V %u'), ('2020 53 7', '%G %V %u'), ('2024 0 1', '%G %V %u'), ('2024 20 Fri', '%Y %W %a'), ('2024 0 Sun', '%Y %U %a'),
         ('2024 20 3', '%Y %U %w'), ('29 Feb', '%d %b'), ('28 Feb', '%d %b'), ('2024', '%Y'), ('', ''), ('x', 'x'),
         ('2024-05-17', '%Y-%m'), ('2024', '%Y-%m'), ('2024', '%q'), ('2024', '%Y%'), ('5.5', '%d.%m'), ('a+b(c)', 'a+b(c)'),
         ('Fri May 17 12:30:45 2024', '%c'), ('05/17/24', '%x'), ('12:30:45', '%X'), ('  12   30', ' %H %M'),
         ('12:60', '%H:%M'), ('61', '%S'), ('100%', '%d%%'), ('2024 20', '%G %V'), ('2024 20 1', '%Y %V %u'), ('20 1', '%V %u'),
         ('2024 5 1', '%G %V %u %j'), ('2024-05-17 +05:3', '%Y-%m-%d %z'), ('MAY', '%B'), ('2024 z', '%Y %z')]
for s, f in cases:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), 'ValueError', e)
for a in [(1, '%Y'), ('2024', None)]:
    try:
        datetime.strptime(*a)
    except TypeError as e:
        print('TypeError', e)
class D(datetime): pass
print(repr(D.strptime('2024', '%Y')))
