# Pins int() truncation of floats, float() of big ints (correct rounding), and math functions floor/ceil/trunc.
import math
for v in (2.5, -2.5, 0.999, -0.999, 1e20, 123.0):
    print(v, int(v), math.floor(v), math.ceil(v), math.trunc(v), round(v))
print(float(2 ** 64), float(2 ** 64 + 1), float(2 ** 54 + 1), float(2 ** 54 + 3), float(-(2 ** 63)))
print(float(123456789123456789123456789), 10 ** 22 == float(10 ** 22), 10 ** 23 == float(10 ** 23))
