# Pins %-formatting of bytes (%s/%b take bytes, %d, %x, %c, %r/%a).
print(b"%s-%d-%x" % (b"ab", 42, 255), b"%c%c" % (65, b"B"), b"%5b|" % b"xy", b"%a" % "é", b"%r" % b"x")
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
