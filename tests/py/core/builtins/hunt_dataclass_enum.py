# dataclasses, enum, namedtuple: repr, equality, ordering, defaults
from dataclasses import dataclass, field, asdict, astuple, replace
from collections import namedtuple
import enum
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1); print(p, p == P(1), p == P(1, 2), asdict(p), astuple(p), replace(p, y=5))
t(lambda: P()); t(lambda: P(1, 2, [], 4)); t(lambda: hash(p))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'z'
print(F(1) < F(2), sorted([F(2), F(1, 'a'), F(1)]), hash(F(1)) == hash(F(1)))
t(lambda: setattr(F(1), 'a', 2))
Pt = namedtuple('Pt', 'x y')
q = Pt(1, y=2); print(q, q.x, q[1], q._asdict(), q._replace(x=9), Pt._fields, q == (1, 2), tuple(q))
t(lambda: Pt(1)); t(lambda: Pt._make([3, 4]))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value, list(Color), len(Color), Color.RED in Color)
t(lambda: Color(5)); t(lambda: Color['X']); t(lambda: Color.RED < Color.BLUE); t(lambda: Color.RED == 1)
class N(enum.IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B > N.A, N(2), repr(N.A), int(N.B), sorted([N.B, N.A]))
