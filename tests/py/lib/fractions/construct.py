# fractions: constructing from ints, pairs, floats and strings; repr, str and errors
from fractions import Fraction as F

print(F(), F(3), F(-6, 4), F(6, -4), F(0, -5), F(True, 2))
print(repr(F(3, 7)), str(F(3, 7)), str(F(4, 2)), repr(F(-4, 2)))
for f in [0.5, -0.1, 1e20, 3.0, 2.5e-10, -0.0]:
    print(f, F(f), F.from_float(f))
print(F.from_float(7))
for s in ['3/7', ' -12/16 ', '+5', '1.5e-3', '.5', '1.', '1_000.000_1', '2E3',
          '-0.25', '7e+2', '1.e2', '00012/0034', '  9  ', '3.1415']:
    print(repr(s), repr(F(s)))
for bad in ['', '/2', '1/', '1 /2', '1/-2', 'abc', '1.5/2', '1__0', '_1',
            '1_', 'e5', '1e', '.', '+', '1/2/3', '0x10', '1.2.3', 'inf', 'nan']:
    try:
        F(bad)
        print('no error', repr(bad))
    except ValueError as e:
        print('ValueError', e)
for args in [(1, 0), (0, 0), ('1/0',), (F(1, 2), F(0))]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for args in [(1.5, 2), (1, 2.0), ([],), (None,), ('1', 2)]:
    try:
        F(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    F.from_float('1.5')
except TypeError as e:
    print('TypeError', e)
for v in [float('nan'), float('inf')]:
    try:
        F(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(F(F(3, 4), F(5, 6)), F(F(1, 3)), F(2, F(1, 3)))
x = F(10, 4)
print(x.numerator, x.denominator, x.as_integer_ratio(), x.real, x.imag, x.conjugate())
print(type(F(1, 2).numerator), type(F(2.5).denominator))
class G(F):
    pass
print(repr(G(1, 3)), type(G(2) + 1).__name__)
