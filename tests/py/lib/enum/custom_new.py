# Pins enum members made by a custom __new__ (IntEnum, a member-less base class, bytes and str mixins) with _value_ set by it, next to __init__-built members.
import enum
class Kind(enum.IntEnum):
    A = 'alpha'
    B = 'beta'
    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member
print(list(Kind), Kind(1), Kind.B.description, Kind.A < Kind.B, int(Kind.B), Kind.B.value)
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
print(Planet.EARTH.value, Planet.EARTH.mass, Planet((3.303e+23, 2.4397e6)))
class AutoNumber(enum.Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
class Color(AutoNumber):
    RED = ()
    GREEN = ()
print(list(Color), Color(2), Color.GREEN.value)
class Coord(bytes, enum.Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.label, Coord(1), Coord.PX.value, bytes(Coord.PY))
class S(str, enum.Enum):
    def __new__(cls, v):
        obj = str.__new__(cls, v.upper())
        return obj
    a = "x"
print(repr(S.a), S.a.value, S("x") if False else S.a == "X")
