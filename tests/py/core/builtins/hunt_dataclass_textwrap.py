# dataclass details and string/textwrap helpers
from dataclasses import dataclass, field, fields, is_dataclass, InitVar
import textwrap, string
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Kid(Base):
    c: float = 1.5
    hidden: int = field(default=0, repr=False, compare=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.c *= scale
k = Kid(1, 'x', 2.0, 9, 3); print(k, k == Kid(1, 'x', 6.0, 0), [f.name for f in fields(k)], is_dataclass(k), is_dataclass(Kid))
t(lambda: Kid()); t(lambda: Kid(1) == (1,)); t(lambda: Kid(1) != Base(1))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass(slots=True)
class Sl:
    q: int = 3
print(Sl(), Sl.__slots__, hasattr(Sl(), '__dict__'))
t(lambda: exec('from dataclasses import dataclass\n@dataclass\nclass Bad:\n    x: int = 1\n    y: int\n'))
t(lambda: exec('from dataclasses import dataclass\n@dataclass\nclass Bad2:\n    x: list = []\n'))
print(textwrap.wrap('The quick brown fox jumps over the lazy dog', 12), textwrap.fill('a b c d e f', 5))
print(repr(textwrap.dedent('    x\n      y\n')), repr(textwrap.indent('a\nb', '> ')), textwrap.shorten('Hello  world, this is long', 15))
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords('hello   world'), string.Template('$x and ${y}').substitute(x=1, y=2))
t(lambda: string.Template('$x').substitute()); t(lambda: string.Template('$x $z').safe_substitute(x=1))

