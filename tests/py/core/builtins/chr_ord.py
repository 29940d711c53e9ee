# Pins chr/ord round trips over ASCII, Latin-1, BMP and astral code points and their errors.
for cp in (0, 65, 127, 233, 0x3B1, 0x20AC, 0xFFFF, 0x1F600, 0x10FFFF):
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp)
print(ord("a"), ord("é"), ord(b"a"), ord(bytearray(b"z")))
for bad in (lambda: ord("ab"), lambda: ord(""), lambda: chr(0x110000), lambda: ord(5), lambda: chr(1.5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
