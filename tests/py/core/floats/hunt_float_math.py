# float methods, repr round-trip, special values, math functions
import math
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for v in [0.1, 2.5, -1.75, 1e-10, 123.456, 1e300 * 10]:
    t(lambda: v.as_integer_ratio()); t(lambda: v.hex()); t(lambda: v.is_integer())
t(lambda: float.fromhex('inf')); t(lambda: float.fromhex('-0x1p-1074')); t(lambda: float.fromhex('0x1.fffffffffffffp+1023')); t(lambda: float.fromhex('zz'))
t(lambda: math.floor(-0.5)); t(lambda: math.ceil(-0.5)); t(lambda: math.trunc(-2.7)); t(lambda: math.floor(float('inf'))); t(lambda: math.floor(float('nan')))
t(lambda: math.sqrt(-1)); t(lambda: math.log(0)); t(lambda: math.log(8, 2)); t(lambda: math.log10(1000)); t(lambda: math.exp(1000)); t(lambda: math.isclose(0.1 + 0.2, 0.3))
t(lambda: math.fsum([0.1] * 10)); t(lambda: math.gcd(12, 18)); t(lambda: math.lcm(4, 6)); t(lambda: math.factorial(20)); t(lambda: math.factorial(-1)); t(lambda: math.comb(10, 3)); t(lambda: math.perm(5, 2))
t(lambda: math.copysign(1, -0.0)); t(lambda: math.fmod(-7, 3)); t(lambda: math.modf(-3.5)); t(lambda: math.frexp(8.0)); t(lambda: math.ldexp(0.5, 4)); t(lambda: math.hypot(3, 4)); t(lambda: math.dist((0, 0), (3, 4)))
t(lambda: math.isqrt(17)); t(lambda: math.prod([1, 2, 3])); t(lambda: math.inf > 1e308); t(lambda: math.nan == math.nan); t(lambda: math.isnan(float('nan'))); t(lambda: math.degrees(math.pi))
t(lambda: math.atan2(1, -1)); t(lambda: round(math.sin(math.pi), 10)); t(lambda: math.pow(2, 0.5)); t(lambda: math.pow(-1, 0.5)); t(lambda: math.ulp(1.0)); t(lambda: math.nextafter(1.0, 2.0))
t(lambda: 0.1 + 0.2 == 0.3); t(lambda: 1e308 * 10); t(lambda: -1e308 * 10); t(lambda: float('inf') - float('inf')); t(lambda: 0.0 * float('inf')); t(lambda: 2.0 ** 1024)
t(lambda: 10.0 ** -400); t(lambda: (-2.0) ** 0.5); t(lambda: float('1e-400')); t(lambda: 3.0 // 0.7); t(lambda: 3.0 % 0.7); t(lambda: -3.0 // 0.7); t(lambda: divmod(-3.0, 0.7))
t(lambda: int(1e308)); t(lambda: float.__round__(2.5)); t(lambda: (2.5).__round__(0)); t(lambda: (1.23456).__format__('.2f')); t(lambda: float.__new__(float, '3'))
t(lambda: sum([1e100, 1.0, -1e100])); t(lambda: math.fsum([1e100, 1.0, -1e100])); t(lambda: str(1e15)); t(lambda: str(1e16)); t(lambda: str(-1.0e-4)); t(lambda: str(0.0001))
t(lambda: [round(x * 0.1, 1) for x in range(5)]); t(lambda: 1.1 * 3); t(lambda: 4.35 * 100); t(lambda: 1 / 3 * 3); t(lambda: 9007199254740993.0)
