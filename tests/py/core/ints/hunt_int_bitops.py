# int bitwise ops, shifts, big ints, bool arithmetic
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for a, b in [(5, 3), (-5, 3), (5, -3), (-5, -3), (2 ** 70, 3), (-2 ** 70, 2 ** 65 + 1)]:
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 1, a // b, a % b, divmod(a, b), -a >> 70)
t(lambda: 1 << -1); t(lambda: 1 >> -1); t(lambda: 1 << 2 ** 70); t(lambda: 1 >> 2 ** 70); t(lambda: -1 >> 2 ** 70); t(lambda: 0 << 2 ** 70)
t(lambda: True + True); t(lambda: True & False); t(lambda: True | 2); t(lambda: ~True); t(lambda: -True); t(lambda: True / 2); t(lambda: repr(True ^ True))
t(lambda: 10 ** 20 // 7); t(lambda: (-10) ** 21 % 13); t(lambda: 2 ** -2); t(lambda: 3 ** 40); t(lambda: (-3) ** 3); t(lambda: int('-' + '9' * 30) // 10 ** 15)
t(lambda: 7 .__floordiv__(2)); t(lambda: (5).__rsub__(3)); t(lambda: (5).__add__(1.0)); t(lambda: int.__add__(1, 2)); t(lambda: (3).conjugate()); t(lambda: (6).numerator)
t(lambda: (2 ** 64).bit_length()); t(lambda: (-(2 ** 64)).to_bytes(9, 'big', signed=True)); t(lambda: (12).as_integer_ratio()); t(lambda: int.__index__(5))
t(lambda: 1 & 1.0); t(lambda: 1.0 << 1); t(lambda: ~1.5); t(lambda: 5 // 0.0); t(lambda: 0 ** 0.0); t(lambda: 1 / 2 ** 2000); t(lambda: 2 ** 2000 / 2 ** 1999)
t(lambda: 2 ** 2000 * 1.0); t(lambda: 10 ** 400 // 1.0); t(lambda: 10 ** 400 < float('inf')); t(lambda: 10 ** 400 > 1e308); t(lambda: 2 ** 53 + 1 == float(2 ** 53 + 1))
t(lambda: 1 == 1.0); t(lambda: hash(2 ** 61 - 1)); t(lambda: hash(2 ** 61)); t(lambda: hash(-2 ** 61)); t(lambda: hash(0.5)); t(lambda: hash(float('inf')))
t(lambda: int('1' * 100) % 97); t(lambda: abs(-2 ** 100)); t(lambda: max(2 ** 100, 2.0 ** 100)); t(lambda: sorted([3, 2.5, True, 2 ** 70, -1.5]))
t(lambda: format(2 ** 100, ',')); t(lambda: format(-2 ** 70, '#x')); t(lambda: round(2 ** 100 + 55, -2)); t(lambda: round(-155, -1)); t(lambda: round(145, -1))
