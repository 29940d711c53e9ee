# Pins round() on floats: banker's rounding, ndigits (including negative), representation effects (2.675).
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1), round(1e300, -299))
print(round(5e-324, 400), round(0.1, 0), type(round(0.1, 0)).__name__, round(-0.4))
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
