# Pins split/rsplit: default whitespace splitting, explicit separators, maxsplit, empty strings, errors.
print("  a  b\tc\n d  ".split())
print("a,b,,c,".split(","), "".split(","), "".split(), "   ".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1))
print("a--b--c".split("--"), "aaa".split("a"), "abc".split("abc"))
print("  x  y  ".split(None, 1), "  x  y  ".rsplit(None, 1), "x".split(",", 0))
print("1 2 3".split(maxsplit=1), "a\x0bb\x0cc\x1cd".split())
try:
    "abc".split("")
except ValueError as e:
    print(e)
try:
    "abc".split(1)
except TypeError as e:
    print(e)
