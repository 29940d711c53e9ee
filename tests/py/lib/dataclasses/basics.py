# dataclasses: generated __init__/__repr__/__eq__, defaults, factories, order, frozen, asdict, replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), Point.__match_args__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
    count: int = field(init=False, default=0)

    def __post_init__(self):
        self.count = len(self.items)

a = Inventory("a", ["p", "q"])
b = Inventory("a", ["p", "q"], secret="y")
print(a, a == b, a.count, [f.name for f in fields(a)])
print(asdict(a), astuple(Point(3, 4)))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0)])
print(vs, Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(Version(1, 2), minor=7), is_dataclass(Version), is_dataclass(5))

@dataclass
class Base:
    a: int

@dataclass
class Child(Base):
    b: str = "b"

print(Child(1), Child(2, "c") == Child(2, "c"))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError")

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int

print(Opts(level=3))
print(Point.__hash__ is None, Inventory.__doc__ is not None)
