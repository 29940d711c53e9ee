# Pins builtins over user protocols: __getitem__ iteration, __reversed__, __index__/__float__/__round__/__divmod__, zip strict, min/max defaults, number and bytes conversions, set/range/list/tuple operations and formatting.
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class LenGet:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
class Rev:
    def __reversed__(self): return iter("zyx")
class Idx:
    def __index__(self): return 4
class Tr:
    def __trunc__(self): return 7
class Fl:
    def __float__(self): return 2.5
class Rd:
    def __round__(self, n=None): return ("round", n)
class Dm:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(list(Seq()), list(reversed(LenGet())), list(reversed(Rev())), 3 in Seq(), list(iter(Seq())))
print(int(Idx()), float(Idx()), complex(Idx()), int(Fl()) if False else float(Fl()), round(Rd()), round(Rd(), 2), divmod(Dm(), 1), divmod(1, Dm()))
print(list(enumerate("ab", start=5)), list(zip("ab", "cd", strict=True)), list(map(pow, [2, 3], [2, 2])), list(filter(None, [0, 1, "", "x"])))
try: list(zip("ab", "c", strict=True))
except ValueError as e: print("ValueError", e)
print(min([], default="empty"), max([3, 1], key=None), min(3, 1, 2), max("abc"), sum([0.1] * 10), sum([[1], [2]], []), any(x > 2 for x in [1, 3]), all([]))
print(pow(3, 4, 5), pow(2, -1, 7), abs(-2.5), hash(1.0) == hash(1), callable(len), getattr(1, "nope", "dflt"), isinstance(1, (str, (int, float))))
class P:
    @property
    def bad(self): raise ValueError("prop")
try: hasattr(P(), "bad")
except ValueError as e: print("ValueError propagates from hasattr", e)
print(" ".join(str(i) for i in range(3)), "-".join(map(str, [1, 2])), str(b"x", "ascii"), bytes("é", "utf-8"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(bytes(3), bytes([65, 66]), bytearray("hi", "utf-8"), list(b"ab"), b"a" in b"cab", 97 in b"a", b"%s-%d" % (b"x", 5), b"abc".center(7, b"*"))
print(int("  -0b101  ".strip(), 0), int("1_000"), float("  1e3 "), complex(" 1+2j "), int(True), float(False), round(-0.5), round(1.5), round(2.5))
print(str(1e100), repr(1e-100), 1e16, 123456789012345678.0, 0.1 + 0.7, 1/3 * 3, 2**0.5 * 2**0.5, float.fromhex("0x1p-1074"))
print(divmod(-7, -2), -7 // -2, 7 % -3, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 10 / 4, 10 // 4.0, 1e308 * 10, -1e308 * 10)
print(sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1], reverse=True), list({}.keys()), dict.fromkeys("ab", 0), {1: "a"}.get(2, "z"))
s = {1, 2, 3}; s |= {4}; s -= {1}; s &= {2, 3, 4, 5}; s ^= {5}
print(sorted(s), {1, 2} < {1, 2, 3}, {1} | frozenset([2]) == {1, 2}, set("aab") == {"a", "b"}, frozenset({1, 2}).union([3]) == {1, 2, 3}, {1, 2}.isdisjoint([3]))
print(list(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], len(range(-5, 5, 3)), 3 in range(0, 10, 3), range(3) == range(0, 3), list(reversed(range(3))))
l = list(range(10)); l[2:5] = ["a"]; del l[::3]; l[1:1] = [9, 9]; print(l, l.index(9), l.count(9), l[-3:], l[::-2])
t = (1, [2]); t[1].append(3); print(t, (1, 2) + (3,), (1,) * 3, tuple("ab"), (1, 2, 3)[::-1], (1, 2) == (1, 2), (1, 2) < (1, 3))
print("%5.1f|%-6s|%06.2f|%x|%e" % (3.14159, "ab", 3.14159, 255, 12345.6789), "{:>8.3f}".format(2.5), f"{'x':^5}|{12:+5d}|{0.5:.0%}|{1234567:,}")
