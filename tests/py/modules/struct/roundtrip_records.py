# Pins a record layout packed and unpacked through bytes, bytearray and memoryview.
import struct
fmt = "<4sIhd?"
rec = (b"TPY1", 123456, -7, 2.5, True)
data = struct.pack(fmt, *rec)
print(len(data), struct.calcsize(fmt), data)
print(struct.unpack(fmt, data) == rec, struct.unpack(fmt, bytearray(data)), struct.unpack(fmt, memoryview(data)))
recs = b"".join(struct.pack("<Hb", i, -i) for i in range(5))
print([t for t in struct.iter_unpack("<Hb", recs)])
print(struct.pack(b"<h", 1), struct.unpack(b">h", b"\x01\x02"))
