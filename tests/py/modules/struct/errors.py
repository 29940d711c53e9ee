# Pins struct.error and its messages for bad formats, counts, ranges and buffers.
import struct
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
cases = [("i",), ("ii", 1), ("i", 1, 2), ("z", 1), ("<n", 1), ("3", 1), ("b", 128), ("B", -1), ("<b", 200), (">B", 256),
         ("h", 40000), ("!h", -40000), ("=H", -1), ("<i", 2**31), (">I", -1), ("<I", 2**32), (">l", 2**31), ("<L", -1),
         ("q", 2**63), ("Q", -1), ("Q", 2**64), ("i", 1.5), ("i", "x"), ("c", b"ab"), ("s", "str"), ("d", None)]
for args in cases:
    try:
        struct.pack(*args)
    except struct.error as e:
        print(args, e)
for fmt, data in (("i", b"ab"), ("<2h", b"abc"), (">4s", b"")):
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print(fmt, e)
try:
    struct.calcsize(5)
except TypeError as e:
    print(e)
