# Pins int() of floats (truncation), bools, strings; float() of ints; errors for inf/nan.
print(int(3.9), int(-3.9), int(-0.5), int(True), int(1e20), int(2.5e-3))
print(float(3), float(-0), float(2 ** 53 + 1), float(10 ** 20), int(float(2 ** 53 + 1)))
print(int(1e308) == 10 ** 308, len(str(int(1e308))))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(int(), float(), int("  7\n"), round(2.5), round(3.5), round(-2.5))
print(type(round(2.7)).__name__, type(round(2.7, 0)).__name__)
