# fractions: + - * / // % divmod ** with Fractions, ints, floats and complex
from fractions import Fraction as F

vals = [F(1, 3), F(-5, 7), F(2), F(0), F(22, 6)]
others = [F(3, 4), F(-1, 6), 2, -3, 0.5, F(0)]
for a in vals:
    for b in others:
        row = [a + b, a - b, a * b, b + a, b - a, b * a]
        try:
            row.append(a / b)
        except ZeroDivisionError as e:
            row.append('ZDE ' + str(e))
        try:
            row += [a // b, a % b, divmod(a, b)]
        except ZeroDivisionError as e:
            row.append('ZDE ' + str(e))
        try:
            row += [b / a, b // a, b % a, divmod(b, a)]
        except ZeroDivisionError as e:
            row.append('ZDE ' + str(e))
        print(a, b, row)
print(F(1, 2) + 1j, 1j * F(1, 4), F(3, 2) - (1 + 2j))
for base in [F(2, 3), F(-3, 5), F(4), F(0), F(9, 4)]:
    for e in [0, 1, 3, -1, -2, F(2), F(-3), F(1, 2), 0.5, 2.0, F(-1, 2)]:
        try:
            r = base ** e
            print(base, e, repr(r))
        except ZeroDivisionError as ex:
            print(base, e, 'ZDE', ex)
        except Exception as ex:
            print(base, e, type(ex).__name__, ex)
for b in [2, 4, 2.0, -8]:
    for e in [F(3), F(1, 2), F(-2), F(0)]:
        try:
            print(b, e, repr(b ** e))
        except Exception as ex:
            print(b, e, type(ex).__name__, ex)
print(-F(3, 4), +F(3, 4), abs(F(-3, 4)), bool(F(0)), bool(F(1, 9)))
print(F(7, 3) * 3 == 7, sum([F(1, n) for n in range(1, 11)]))
try:
    F(1, 2) + 'a'
except TypeError as e:
    print(e)
try:
    'a' * F(2)
except TypeError as e:
    print(e)
