# datetime: fromisoformat leniencies and rejections exactly as CPython 3.11's C parser
from datetime import date, datetime, time

cases = ['04989051', '050212028918603', '9085.2', '2024051745+05:30', '2024-05-17+05:30,5', '20240517',
         '202405170x', '2024W201xx', '2024-W2012', '2024-W01-', '2024-W', '2024W01', '2024W011',
         '2024-W01-1T10', '2024-W01-110', '2024W0110:00', '2024W01110:00', '12:30x+05:00', '12.5', '12:30:45:123',
         '12:30:45.', '12:30:45Z ', '12:30:45+', '12:30-00:00:30.5', '12:30+00:00:00.5', '1230+0530',
         '2024-05-17T12:30:45.123456789+01:00', '2024-05-17 12:30:45,1', 'T12', 'TT12', '2024-05-17T+05',
         '2024-05-17\u00e912:00', '2024-13-01', '0000-01-01T00:00', '2024-W53', '2024-W52-8', '2020-W53-7T12',
         '2024-05-17T12:30:45+24:00', '2024-05-17T12:30:45-23:59:59.999999', '2024', '', 'T']
for s in cases:
    row = [repr(s)]
    for f in (date.fromisoformat, datetime.fromisoformat, time.fromisoformat):
        try:
            row.append(repr(f(s)))
        except ValueError as e:
            row.append('ValueError: ' + str(e))
    print(' | '.join(row))
