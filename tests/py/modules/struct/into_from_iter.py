# Pins pack_into, unpack_from (with offsets) and iter_unpack, and their errors.
import struct
ba = bytearray(10)
struct.pack_into("<hh", ba, 2, 1, -2)
print(ba, struct.unpack_from("<h", ba, 4), struct.unpack_from("<hh", ba, offset=2), struct.unpack_from("<h", buffer=ba))
struct.pack_into(">i", ba, -4, 258)
print(ba, struct.unpack_from(">i", ba, -4))
print(list(struct.iter_unpack("<h", b"abcdef")), list(struct.iter_unpack("2s", b"wxyz")))
it = struct.iter_unpack("<b", b"\x01\x02")
print(next(it), next(it), next(it, "done"))
for call in (lambda: struct.pack_into("<i", ba, 8, 1), lambda: struct.unpack_from("<i", ba, 8),
             lambda: struct.unpack_from("<i", ba, -20), lambda: list(struct.iter_unpack("<i", b"abcde")),
             lambda: struct.iter_unpack("", b"")):
    try:
        call()
    except struct.error as e:
        print(e)
try:
    struct.pack_into("<i", b"abcd", 0, 1)
except TypeError as e:
    print(e)
