# Pins shortest round-trip float repr: 0.1+0.2, thresholds for exponent notation (1e16, 1e-5), integral floats.
vals = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e15, 1e16, 123456789012345678.0, 1e-4, 1e-5, 0.00001234,
        1.0, 100.0, 1.5e300, 5e-324, 2.0 ** 53, 1.7976931348623157e308, 0.3, 1e22, 1e23, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, 0.1 + 0.2)
