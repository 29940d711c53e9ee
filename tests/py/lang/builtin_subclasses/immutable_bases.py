# Pins subclasses of int, float, str, bytes, tuple and frozenset: construction, operators, methods, __new__ overrides.
class I(int):
    pass
class F(float):
    pass
class S(str):
    pass
class B(bytes):
    pass
class T(tuple):
    pass
class FS(frozenset):
    pass

i, f, s, b, t, fs = I(5), F(1.5), S("ab"), B(b"xy"), T([1, 2]), FS([3, 1])
for v in (i, f, s, b, t):
    print(type(v).__name__, v, repr(v), isinstance(v, type(v).__mro__[1]))
print(type(fs).__name__, sorted(fs), isinstance(fs, frozenset), 3 in fs)
print(i + 1, type(i + 1).__name__, i * i, -i, i == 5, hash(i) == hash(5), bool(I(0)), int(i), I("12", 16), I())
print(f * 2, type(f * 2).__name__, f == 1.5, F(), F("2.5"), round(f), f.is_integer())
print(s + "c", type(s + "c").__name__, s.upper(), len(s), s[1], s == "ab", {s: 1}["ab"], S(12), S())
print(b + b"z", b[0], len(b), b.decode(), B([65, 66]), B())
print(t + (3,), type(t + (3,)).__name__, t[0], len(t), t == (1, 2), hash(t) == hash((1, 2)), T(), list(t))
print(sorted(FS()), sorted(fs | {9}))
print(I(7).bit_length(), (I(7)).__class__.__name__, I.__mro__[1].__name__, issubclass(I, int))
print(f"{I(42):>5}|{F(0.25):.3f}|{S('q'):3}|")
big = I(10 ** 30)
print(big, big + 1, type(big).__name__)
neg = I(-7)
print(neg, abs(neg), neg // 2, neg % 3)
us = S("héllo wörld")
print(us, len(us), us.title(), us.encode())

class Money(float):
    def __repr__(self):
        return "Money(%.2f)" % self
    def __add__(self, other):
        return Money(float(self) + float(other))
m = Money(1.25) + 2
print(m, repr(m), type(m).__name__)
m.note = "float subclasses have a __dict__"
print(m.note)

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"
u = Upper("hi")
print(u, u.shout(), type(u).__name__, Upper.__new__(Upper, "x"))

class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError("odd: %d" % v)
        return int.__new__(cls, v)
print(Even(4), type(Even(4)).__name__)
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)
class SS(set):
    pass
print(repr(FS([7])), repr(FS()), repr(SS([7])), repr(SS()), repr(frozenset([7])), repr({7}))
tagged = I(9)
tagged.label = "nine"
ts = S("txt")
ts.lang = "en"
tt = T([1])
tt.extra = [2]
print(tagged.label, vars(tagged), ts.lang, tt.extra, tagged + 1, ts.upper(), tt + (2,))
big = I(2 ** 100)
big.note = "big"
print(big.note, big % 7, B(b"q").__dict__)
