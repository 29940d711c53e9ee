# Pins math.gamma and math.lgamma where libm and CPython agree exactly (integer arguments, poles, infinities, errors) and math.exp2 (3.11).
import math

print([math.gamma(n) for n in range(1, 23)])
print([math.lgamma(n) for n in (1, 2)], math.gamma(1e-300), math.gamma(float("inf")), math.lgamma(float("-inf")), math.gamma(float("nan")))
print([math.exp2(x) for x in (0, 1, 10, -1, 0.5, 1023, -1074, 3.7, -0.0)])
for f, x in ((math.gamma, 0), (math.gamma, -3), (math.gamma, -0.0), (math.gamma, 172), (math.gamma, float("-inf")), (math.lgamma, 0),
             (math.lgamma, -2), (math.lgamma, 1e308), (math.exp2, 1024), (math.gamma, "x"), (math.exp2, None)):
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, x, type(e).__name__, e)
print(round(math.gamma(4.5), 9), round(math.lgamma(0.5), 12), round(math.gamma(-1.5), 12))
