# Pins the e, f and d codes: rounding, special values and overflow.
import struct
for v in (0.0, -0.0, 1.5, 0.1, 1/3, 1e10, float("inf"), -float("inf")):
    for code in ("<e", ">f", "<d"):
        try:
            b = struct.pack(code, v)
            print(code, v, b, struct.unpack(code, b))
        except OverflowError as e:
            print(code, v, e)
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan, struct.pack("@f", 1e300), struct.unpack("<e", b"\x01\x00"))
for v in (65504.0, 65519.0, 6e-8, 2.5, 3.5, 1000.7):
    print(v, struct.pack("<e", v))
print(struct.pack("d", 3), struct.pack("f", True))
try:
    struct.pack("d", "1.0")
except struct.error as e:
    print(e)
