# Pins bytes()/bytearray() constructors from ints, iterables, strings with encoding, and from bytes.
print(bytes(0), bytes(2), bytes([1, 2]), bytes((x for x in (3, 4))), bytes(b"ab"), bytes(bytearray(b"cd")))
print(bytearray("hé", "utf-8"), bytearray([255]), bytes.fromhex(""), bytes(memoryview(b"mv")))
try:
    bytes(-1)
except ValueError as e:
    print(e)
try:
    bytes("x", "nope")
except LookupError as e:
    print(e)
try:
    bytes(1.5)
except TypeError as e:
    print(e)
print(list(b"\x00\x80\xff"), int.from_bytes(b"\x00\x80", "big"), b"A"[0] == 65)
