# Pins float ** : fractional powers, negative base with fractional exponent (complex), overflow error.
print(2.0 ** 10, 2 ** -1.0, 4 ** 0.5, 8.0 ** (1 / 3), (-8.0) ** 2, 10.0 ** -3)
print((-8) ** 0.5)
print(0.0 ** 0, 0.0 ** 0.0, 1.0 ** float("nan"), float("nan") ** 0)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(2.0, -1074), pow(2.0, -1075))
