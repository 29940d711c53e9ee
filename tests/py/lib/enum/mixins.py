# Pins Enum with a str or int data type mixed in: repr, str, format, equality and hash.
import enum
class S(str, enum.Enum):
    A = 'a'
class N(int, enum.Enum):
    X = 5
print(repr(S.A), str(S.A), f'{S.A}', S.A == 'a', repr(N.X), str(N.X), f'{N.X}', N.X + 1, hash(N.X) == hash(5))
