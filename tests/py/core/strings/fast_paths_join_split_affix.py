# Pins str fast paths: join of lists/tuples/iterables in place, one-character split of short and long text, startswith/endswith across widths, int() of one str, UTF-8 of non-ASCII strs and their subclasses.
class S(str):
    pass

# join: list, tuple, generator, dict keys; single items; str subclasses; widths
print(",".join(["a", "b", "c"]), ",".join(("x", "y")), "-".join(c for c in "abc"))
print("+".join({"k1": 1, "k2": 2}), repr("".join([])), repr(",".join(())))
one = "solo"
print(",".join([one]) is one, repr(",".join([S("sub")])), type(",".join([S("sub")])).__name__)
print(",".join([S("a"), "b", S("c")]), "".join(["é", "a", "€", "😀"]), "é".join(["x", "y", "z"]))
print("".join(["", "", ""]) == "", ",".join(["", ""]), "ab".join(["", "", ""]))
print("€".join(["a" * 3, "b" * 9, "c" * 17]), len("=".join(["q" * 15] * 1000)))
for bad in (["a", 1, "b"], ("a", "b", None), ["x"] * 5 + [b"y"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in ([1], (2.5,)):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
lst = ["p", "q"]
print(",".join(lst), lst)

# split by one character: short (under 64) and long text, edges, widths
for t in ["a:b", ":a:", ":", "::", "", "abc", "a:b:c:d", "é:ü", "€:x:😀", "x" * 63 + ":", ":" + "y" * 64]:
    print(repr(t[:12]), t.split(":")[:4], len(t.split(":")))
long = ",".join(f"f{i}" for i in range(1000))
parts = long.split(",")
print(len(parts), parts[:3], parts[-2:], ",".join(parts) == long)
print(("," * 100).split(",")[:3], len(("," * 100).split(",")))
print(len((":" * 63).split(":")), len((":" * 64).split(":")), len((":" * 65).split(":")))
print("a,b".split(",", 0), "a,b,c".split(",", 1), "a, b".split(sep=","), "a b".split())
wide = "é" * 70 + ",x"
print(len(wide.split(",")), wide.split(",")[1])
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)

# startswith / endswith: same and mixed widths, tuples, bounds
s = "item123:456"
print(s.startswith("item1"), s.startswith("item2"), s.endswith("456"), s.startswith(""))
print("éclair".startswith("é"), "éclair".startswith("e"), "€uro".startswith("€u"), "x€".endswith("€"))
print("abc".startswith("abcd"), "abc".startswith(("x", "ab")), "abc".endswith(("c",), 0, 2))
print("😀x".startswith("😀"), "a😀".endswith("😀"), "abc".startswith("é"), "é".startswith("abc"))
print(S("subitem").startswith("sub"), "abc".startswith(S("a")), "abc".startswith("b", 1))

# int() of a str: fast path and the parsed forms
print(int("42"), int("-7"), int(" 12 "), int("1_000"), int("0"), int("ff", 16), int("0x1f", 0))
print(int("99999999999999999999"), int("٣"), int(S("5")), int(b"8"), int("11", base=2), int("z", 36))
for bad in ["", "1.5", "abc", " "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)

# the UTF-8 form of non-ASCII strs (cached beside their data)
for t in ["é", "ab€cd", "😀" * 3, "mixed é € 😀", "\udcff"[:0] + "ü" * 40]:
    print(t.encode(), len(t.encode("utf-8")), t.encode() == t.encode())
sub = S("naïve")
print(sub.encode(), sub.upper(), repr(sub), len(sub))
sub.extra = 1
print(sub.extra, sub + "!", f"{sub}", str(sub).encode())

# int to text: every width of a word int
for v in [0, 7, -7, 10, -10, 99, 100, -999, 1000, 12345, -123456, 10**9, 2**62, -2**63, 2**63 - 1, 2**64]:
    print(str(v), f"{v}", repr(v), len(str(v)))
