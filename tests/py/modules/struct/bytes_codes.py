# Pins the s, p, c, x and ? codes.
import struct
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"x"), struct.pack("s", b""))
print(struct.unpack("3s2s", b"abcde"), struct.pack("3s", bytearray(b"xy")))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.unpack("5p", b"\x02abcd"), struct.unpack("3p", b"\x09ab"))
print(struct.pack("cc", b"a", b"\xff"), struct.unpack("2c", b"xy"))
print(struct.pack("2x b 1x", 7), struct.unpack("xbx", b"\x00\x05\x00"))
print(struct.pack("???", 0, 5, []), struct.unpack("??", b"\x00\x02"))
