# json numbers through the C speedups: ints of any size, float repr, exponents, parse_* hooks, constants
import json
import sys

docs = ['0', '-0', '7', '-12', '123456789012345678', '1234567890123456789', '-9223372036854775808',
        '9223372036854775808', '1' * 60, '-' + '9' * 40, '0.5', '-0.0', '1e5', '1E+5', '1e-5',
        '2.5e-3', '1e400', '-1e400', '1.7976931348623157e308', '5e-324', '0.1', '3.141592653589793',
        '[1,-1,0.0,1e1]', '123.456e7', '4.35', '1e22', '1e16', '100000000000000000000.0']
for d in docs:
    v = json.loads(d)
    print(d[:30], "->", repr(v)[:50], type(v).__name__ if not isinstance(v, list) else "")

# partial numbers: the exponent or fraction is left unread, then "Extra data"
for d in ['1e', '1e+', '1E-x', '1.', '1.e5', '01', '-', '-x', '--1', '.5', '+1', '1.5.2', '0x10',
          '[1e]', '[-]', '[-Infinity, -Inf]', '[Infinity, Infinit]', '[NaN, nan]', 'tru', 'nul',
          'fals', 'true1', '[truex]']:
    try:
        print(repr(d), "->", json.loads(d))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e)

print(json.loads('[1.5, 2, 3e2, -4]', parse_float=str, parse_int=str))
print(json.loads('[1.5, 2]', parse_float=lambda s: ("F", s), parse_int=lambda s: ("I", s)))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: "C:" + c))
print(json.loads('{"n": 10}', parse_int=float), json.loads('[2.0]', parse_float=int if False else float))
try:
    json.loads('[1, 2]', parse_int=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    json.loads('9' * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
sys.set_int_max_str_digits(6000)
print(len(str(json.loads('9' * 5000))))

# encoding numbers: int and float reprs, subclasses by int.__repr__ / float.__repr__
class I(int):
    def __repr__(self):
        return "I!"
class F(float):
    def __repr__(self):
        return "F!"
vals = [0, -1, 2 ** 63, -2 ** 63 - 1, 10 ** 30, 0.1, 1e16, 1.5e-7, -0.0, 1e300 * 10, 2.5, 1 / 3,
        I(5), F(2.5), True, False, 123456789.125]
print(json.dumps(vals))
print(json.dumps({1: 0, 2 ** 70: 1, -5: 2, 0.5: 3, I(7): 4, F(0.25): 5, True: 6, False: 7, None: 8}))
print(json.dumps(10 ** 5000)[:20])
for v in [float("nan"), float("inf"), [1, -float("inf")], {"k": float("nan")}, {float("inf"): 1}]:
    print(json.dumps(v))
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
