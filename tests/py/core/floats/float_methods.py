# Pins float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag.
print((3.0).is_integer(), (3.5).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((2.5).conjugate(), (2.5).real, (2.5).imag, (-0.0).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
print(float.__name__, type(1.5).__name__, (1.5).__class__ is float)
