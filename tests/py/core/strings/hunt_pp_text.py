# Pins everyday text processing: split/partition/find, case mapping (special casings), padding, translate, encode/decode error handlers, formatting specs, word counts and textwrap.
s = "  Hello, World! The quick brown fox; jumps over 13 lazy dogs.\tTabs\there  "
print(s.split(), s.strip().split(" ", 3), s.rsplit(None, 2), s.partition(";"), s.count("o"), s.find("z"), s.rfind("o"), s.index("W"))
print(s.title(), s.capitalize(), s.swapcase()[:12], s.lower().islower(), "ABC".isupper(), "Ab Cd".istitle(), "123".isdigit(), "½".isnumeric(), "x1".isalnum(), " ".isspace())
print(s.replace("o", "0", 2), s.expandtabs(4)[-20:], s.center(80, "*")[:10], s.ljust(5), "42".rjust(5, "0"), "-42".zfill(6), "+7".zfill(4))
print("a,b,,c".split(","), ",".join(["x"] * 3), "line1\nline2\r\nline3".splitlines(), "ab".startswith(("x", "a")), "ab".endswith("b", 0, 2))
print("ß".upper(), "ǅ".lower(), "İ".lower(), "ﬁ".upper(), "Straße".casefold(), "σς".upper(), "ΣΑΣ".lower(), "a\u0301".isalpha(), len("👍🏽"))
print("%-10s|%+.2e|%5.1f%%" % ("left", 12345.678, 99.5), "{:^10}|{:*<6}|{:x>4}".format("mid", "l", "r"), "{0!r:>10}".format("q"))
print("abc".translate({97: "AA", 98: None}), str.maketrans("abc", "xyz")[97], "tab\there".expandtabs(), "  x  ".lstrip(), "xxhixx".strip("x"), "hello".removeprefix("he").removesuffix("lo"))
print(sorted("The Quick brown Fox".split(), key=str.lower), max("apple banana cherry".split(), key=len), "".join(reversed("stressed")), "abc"[::-1], "abcdef"[1:5:2])
words = "the rain in spain falls mainly on the plain the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3], {w: len(w) for w in set(words) if len(w) > 4} == {"spain": 5, "falls": 5, "mainly": 6, "plain": 5})
print("é".encode(), "é".encode("utf-16-le") if False else b"", "naïve café".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"), "\xff".encode("latin-1"), b"caf\xc3\xa9".decode(), b"\xff\xfe".decode("utf-8", "replace"), b"abc\xff".decode("ascii", "backslashreplace"))
print(ord("€"), chr(8364), hex(ord("😀")), "\u2022", repr("tab\t\x00\x7f\u200b"), ascii("ü€😀"), "%c%c" % (72, "i"))
print(int("ff", 16), int("z", 36), int("0o17", 0), format(255, "08b"), format(-255, "#x"), format(1234.5, ",.2f"), format(0.000123, ".2e"), f"{3.0:g}", f"{1e-5:g}", f"{123456789:e}")
import textwrap
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.shorten("Hello  world, this is long", width=15), textwrap.indent("x\ny", "> "))
