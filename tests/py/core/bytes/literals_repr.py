# Pins bytes literal forms and repr: escapes, quote choice, printable ASCII, raw bytes, bytearray repr.
print(b"abc", b'it\'s', b"q\"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", rb"\n", b"'\"")
print(bytes(3), bytes([65, 66, 200]), bytes(range(5)), bytes("é", "utf-8"), bytearray(b"x"))
print(len(b"\xff\x00"), b"" == bytes(), type(b"").__name__, repr(bytearray()))
for bad in ([256], [-1], ["a"]):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print(e)
