# Pins !r !s !a conversions in str.format and f-strings, combined with format specs.
s = "héllo"
print("{!r} {!s} {!a}".format(s, s, s))
print(f"{s!r} {s!s} {s!a} {s!r:>12} {s!s:*^9}")
print("{0!r:>10}|".format("x"), f"{[1, 'a']!s}", f"{3.0!r}", f"{None!r}")
