# dataclass(slots=True) with frozen, defaults, inheritance and methods
from dataclasses import dataclass, field, FrozenInstanceError
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass(slots=True, frozen=True)
class P:
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = P(3, -4); print(p, p.norm(), P.__slots__, p == P(3, -4), hash(p) == hash(P(3, -4)), P.__qualname__, type(p).__name__)
t(lambda: setattr(p, 'x', 1)); t(lambda: delattr(p, 'y'))
@dataclass(slots=True)
class M:
    items: list = field(default_factory=list)
    n: int = 1
m = M(); m.items.append(1); m.n = 5; print(m); t(lambda: setattr(m, 'other', 1)); t(lambda: m.__dict__)
@dataclass(slots=True)
class Child(M):
    extra: str = 'e'
print(Child(), Child.__slots__)
t(lambda: dataclass(slots=True)(type('Has', (), {'__slots__': ('a',), '__annotations__': {'a': int}})))
