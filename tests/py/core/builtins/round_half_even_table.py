# Pins round() of .5 values (banker's rounding) for ints/floats and ndigits corner cases.
for v in (-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5):
    print(v, round(v), round(v, 0), round(v, 1))
print(round(0.05, 1), round(0.15, 1), round(0.25, 1), round(0.35, 1), round(1e-20, 25))
