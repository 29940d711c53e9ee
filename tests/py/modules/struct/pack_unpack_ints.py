# Pins packing and unpacking the integer codes in every byte order.
import struct
for order in "@=<>!":
    for code, v in (("b", -5), ("B", 200), ("h", -300), ("H", 60000), ("i", -70000), ("I", 4000000000), ("l", -2), ("L", 7), ("q", -2**40), ("Q", 2**63 + 5)):
        b = struct.pack(order + code, v)
        print(order + code, b, struct.unpack(order + code, b))
print(struct.pack("n", -1), struct.pack("N", 2**64 - 1), struct.unpack("N", b"\xff" * 8))
