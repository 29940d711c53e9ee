# ASCII upper/lower/swapcase/casefold, which map eight bytes at a time:
# every ASCII character at every offset of a word, every length up to
# past two words (a partial last word), and the bytes around the letter
# ranges ('@' 'A' 'Z' '[' and '`' 'a' 'z' '{').
chars = "".join(chr(i) for i in range(128))
for shift in range(9):
    s = chars[shift:] + chars[:shift]
    print(shift, s.upper() == "".join(c.upper() for c in s),
          s.lower() == "".join(c.lower() for c in s),
          s.swapcase() == "".join(c.swapcase() for c in s),
          s.casefold() == s.lower())
for n in range(20):
    s = "@AZ[`az{mQ"[: n % 10] + "aZ" * (n // 2)
    print(n, repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.casefold()))
print(repr(chars.upper()))
print(repr(chars.lower()))
print(repr(chars.swapcase()))
