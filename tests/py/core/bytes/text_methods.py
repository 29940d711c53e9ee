# Pins bytes/bytearray splitlines, center/ljust/rjust/zfill rounding and signs, title/capitalize/swapcase/istitle and expandtabs.
for b in (b"a\nb\r\nc\rd\n", b"", b"\n", b"x"):
    print(b.splitlines(), b.splitlines(True), bytearray(b).splitlines(keepends=True))
for w in range(0, 8):
    print(b"ab".center(w, b"*"), b"abc".center(w), b"x".ljust(w, b"-"), b"x".rjust(w), b"-3".zfill(w), b"+x".zfill(w), b"".zfill(w))
print(b"hello wORLD 3rd".title(), b"hELLO".capitalize(), b"AbC1".swapcase(), b"Hello World".istitle(), b"hello".istitle(), b"".istitle(), b"A1 B".istitle())
print(b"a\tbc\td\n\tx".expandtabs(), b"a\tb".expandtabs(4), b"a\tb".expandtabs(tabsize=0), bytearray(b"q\tz").expandtabs(2), bytearray(b"ab").center(6, bytearray(b"=")))
try: b"x".center(5, b"ab")
except TypeError as e: print(e)
