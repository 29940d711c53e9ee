# Pins calcsize with native alignment versus standard sizes, counts and spaces.
import struct
for fmt in ("b", "bi", "@bi", "=bi", "<bi", "bq", "bhbi", "ih", "3b", "0i", "3x", "5s", "5p", "i i", "<h ", "2h3x", "?c", "llLL", "<llLL", "qQnN", "e", "P"):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("bi", 1, 2), struct.pack("<bi", 1, 2), struct.pack("bhbi", 1, 2, 3, 4))
