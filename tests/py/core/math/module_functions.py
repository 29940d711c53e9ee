# Pins the math module: constants, rounding to ints, logs of big ints, exact integer functions, fsum, n-ary hypot/gcd/lcm and its error messages.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(1e30))
print(math.sqrt(2), math.log(100, 10), math.log(2**1000), math.log2(8), math.log10(1000))
print(math.factorial(30), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.fsum([0.1]*10), sum([0.1]*10), math.isqrt(10**20+5), math.prod([1,2,3,4]))
print(math.hypot(3, 4), math.hypot(1,2,3), math.dist((0,0),(3,4)), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(2.5))
print(math.isclose(1.0, 1.0+1e-10), math.copysign(3, -0.0), math.fmod(7, -3), math.degrees(math.pi), math.radians(180))
for f, a in [(math.sqrt, -1), (math.log, 0), (math.exp, 1000), (math.factorial, -1)]:
    try: print(f(a))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(math.atan2(1, 1), math.sin(0), math.cos(0), math.pow(2, 10), math.fabs(-3))
print(math.hypot(), math.hypot(-7), math.hypot(1e308, 1e308), math.hypot(1, 1, 1, 1, 1), math.hypot(0.1, 0.2, 0.3), math.hypot(3e-320, 4e-320))
print(math.dist([1, 2, 3], [4, 5, 6]), math.hypot(math.inf, math.nan), math.hypot(1.5, 2.5, 3.5, 4.5))
