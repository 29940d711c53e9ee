# Pins dataclasses, namedtuple and enum together: defaults, ordering, frozen, field(), __post_init__, asdict/replace, _replace/_asdict, Enum/IntEnum/Flag/auto, iteration and lookups.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from collections import namedtuple
from enum import Enum, IntEnum, Flag, auto, unique
from typing import NamedTuple, List, Optional


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}#{self.value}"

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]


class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


@dataclass(order=True)
class Task:
    prio: Prio
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)
    done: bool = False
    owner: Optional[str] = None

    def __post_init__(self):
        self.name = self.name.strip()


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


Pair = namedtuple("Pair", "left right", defaults=[None])


class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def promote(self):
        return self._replace(level=self.level + 1)


print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], Color.RED.describe(), Color.parse("green"))
print(repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value, len(Color), sorted(Color.__members__))
print(Prio.HIGH > Prio.LOW, Prio.MID + 1, int(Prio.HIGH), sorted([Prio.HIGH, Prio.LOW]), Prio(2), f"{Prio.MID}", repr(Prio.MID))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), repr(Perm.W), Perm(5), (rw ^ Perm.R))
for bad in (lambda: Color(9), lambda: Color["PINK"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
tasks = [Task(Prio.HIGH, " write "), Task(Prio.LOW, "read", ["x"]), Task(Prio.HIGH, "test", done=True), Task(Prio.MID, "ship", owner="ann")]
print(sorted(tasks))
print(tasks[0] == Task(Prio.HIGH, "other"), tasks[0] < tasks[2], asdict(tasks[1]), astuple(tasks[3]))
print([f.name for f in fields(Task)], replace(tasks[0], done=True), Task.__dataclass_fields__["tags"].compare)
p = Point(3, 4)
print(p, p.norm2, hash(p) == hash(Point(3, 4)), p == Point(3.0, 4.0), {p: 1}[Point(3, 4)])
try:
    p.x = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    Task()
except TypeError as e:
    print("TypeError", e)
pr = Pair(1)
print(pr, pr._asdict(), pr._replace(right=2), Pair._fields, Pair._make([5, 6]), pr == (1, None), pr.left)
e = Emp("ann")
print(e, e.promote().promote(), Emp._field_defaults, Emp.__annotations__ == {'name': str, 'dept': str, 'level': int})
a, b, c = e
print(a, b, c, e[1], e[-1], len(e), e.index("eng"), tuple(e), isinstance(e, tuple))
print({c.name: c.value for c in Color}, [m for m in Perm], Color.RED in Color, isinstance(Prio.LOW, int))
