# Pins int() parsing: bases, prefixes, underscores, whitespace, sign, base 0, and the exact ValueError messages.
print(int("42"), int("  -17  "), int("+5"), int("1_000"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("101", 2), int("777", 8), int("10", 3), int("0b1_0", 0))
print(int("٣"), int("１２"))
bad = [("", 10), ("abc", 10), ("1.5", 10), ("12", 2), ("0x", 16), ("1__0", 10), ("_1", 10),
       ("010", 0), ("9", 8), (" ", 10), ("1 2", 10), ("0b2", 0)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(e)
for args in (("1", 1), ("1", 37), (5, 10)):
    try:
        int(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
