# Pins int methods: to_bytes/from_bytes, bit_length, as_integer_ratio, conjugate, real/imag, numerator.
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x00\x01", "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((-5).__abs__(), (3).__add__(4), int.__name__, (1).__class__.__name__)
print(True.bit_length(), (2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
