# enum.Flag and enum.IntFlag: | & ^ ~, pseudo-member names and reprs,
# iteration, in, bool, auto() as powers of two, strict vs kept unknown bits.
import enum
from enum import Flag, IntFlag, StrEnum, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(Perm.R.value, Perm.W.value, Perm.X.value)
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, type(rw).__name__)
print(repr(Perm.R), str(Perm.R), format(Perm.R), f"{rw}")
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(rw & Perm.W), repr(rw ^ Perm.R), repr(rw ^ Perm.X))
print(Perm.R in rw, Perm.X in rw, rw in rw, Perm(0) in rw)
print(list(Perm), list(rw), len(rw), len(Perm), list(Perm(0)))
print(Perm(3) is rw, Perm(3) == rw, Perm.R | Perm.W is rw, Perm(7))
print(rw.name, Perm(7).name, Perm(0).name)
try: Perm(8)
except ValueError as e: print('ValueError', e)
try: Perm.R | 1
except TypeError as e: print('TypeError', e)
try: 1 in rw
except TypeError as e: print('TypeError', e)
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = RED | GREEN | BLUE
print(list(Color), repr(Color.WHITE), repr(~Color.RED), Color.WHITE.name, repr(Color(6)))
print(Color.__members__.keys())
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 1, repr(IP.R | 1), IP.R + 1, IP.R == 4, isinstance(IP.R, int))
print(repr(~IP.R), repr(IP(0)), str(IP.R), format(IP.R|IP.X, '>4'), repr(IP(8)), repr(IP(12)), repr(1 | IP.W))
print(list(IP), list(IP.R | IP.X), IP.R in (IP.R|IP.W), repr(IP.R & 6), repr(IP.R ^ 5))
class N(enum.IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(N.A.value, N.B.value, N.C.value, repr(N.A|N.C))
class H(Flag):
    A = 1
    B = 8
    C = auto()
print(H.C.value, hash(H.A) == hash(H.A))
print(repr(Perm), repr(IP), Perm.R in Perm, list(reversed(Perm)))
try: Perm(-9)
except ValueError as e: print('ValueError', e)
print(repr(Perm(-1)), repr(Perm(-2)))
seen = Perm(5)
print(seen is Perm(5), seen is (Perm.R | Perm.X), hash(seen) == hash(Perm(5)))
print({Perm.R: 'r', rw: 'rw'}[Perm.R | Perm.W], sorted(m.name for m in Perm(7)))
class Gap(Flag):
    A = 1
    C = 4
for v in (2, 3, -2, 9):
    try: print(repr(Gap(v)))
    except ValueError as e: print('ValueError', e)
print(repr(Gap(-3)), repr(Gap(0)), repr(~Gap.A), repr(Gap.A ^ Gap.C))
