# Pins struct.Struct: format, size, and its pack/unpack methods with offsets.
import struct
s = struct.Struct("<hI")
print(s.format, s.size, type(s).__name__, type(s).__module__)
b = s.pack(-1, 7)
print(b, s.unpack(b), list(s.iter_unpack(b + b)))
ba = bytearray(8)
s.pack_into(ba, 1, 2, 3)
print(ba, s.unpack_from(ba, 1), s.unpack_from(ba, offset=1))
t = struct.Struct(b">d")
print(t.format, t.size, t.pack(0.5), t.unpack(b"?\xe0\x00\x00\x00\x00\x00\x00"))
for call in (lambda: s.pack(1), lambda: s.unpack(b"x"), lambda: struct.Struct("q!")):
    try:
        call()
    except struct.error as e:
        print(e)
try:
    struct.Struct(5)
except TypeError as e:
    print(e)
