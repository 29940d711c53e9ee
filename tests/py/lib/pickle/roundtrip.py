# Pins pickle (protocols 4 and 5): dumps output byte for byte for scalars, strings, bytes, containers with batching and shared/recursive references, globals, reduce/newobj instances (slots, __getstate__/__setstate__, __reduce__, builtin subclasses, dataclasses, namedtuples, enums, exceptions), frames and large payloads; loads round trips; errors; copyreg.pickle.
import pickle, copyreg
from collections import OrderedDict, namedtuple
from dataclasses import dataclass
from enum import Enum

class Plain:
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o): return type(o) is Plain and vars(o) == vars(self)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
class WithState:
    def __init__(self): self.v = 1; self.cache = "drop"
    def __getstate__(self): return {"v": self.v}
    def __setstate__(self, st): self.v = st["v"] * 10; self.cache = None
class Red:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Red, (self.n + 1,))
class MyInt(int): pass
class MyList(list): pass
class MyDict(dict): pass
@dataclass
class DC:
    name: str
    tags: list
Point = namedtuple("Point", "x y")
class Color(Enum):
    RED = 1
def func(): pass

shared = [1, 2]
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**64, -2**100, 10**300,
          0.0, -1.5, 1e300, float("inf"), 1 + 2j, "", "a", "é" * 10, "x" * 300, b"", b"by", b"\x00" * 300, bytearray(b"ba"),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], list(range(1001)), {}, {"k": 1}, {"a": 1, "b": [2]},
          set(), {1, 2, 3}, frozenset(), frozenset({5}), range(1, 10, 2), slice(1, None, 3),
          [shared, shared], (shared, shared), {"x": shared, "y": shared},
          Plain(1, [2]), Red(5), MyInt(7), MyList([1, 2]), MyDict(a=1), DC("n", ["t"]), Point(1, 2), Color.RED,
          OrderedDict(a=1), len, func, Plain, int, ValueError("boom"), KeyError("k")]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    same = back == v if not isinstance(v, (Red, ValueError, KeyError)) else type(back) is type(v)
    print(type(v).__name__, data.hex() if len(data) < 90 else (len(data), data[:40].hex()), same)
    assert pickle.dumps(v, 5) is not None
print(pickle.dumps(bytearray(b"ba"), 5).hex(), pickle.loads(pickle.dumps(bytearray(b"ba"), 5)))
s = Slotted(3)
b2 = pickle.loads(pickle.dumps(s)); print(b2.x, hasattr(b2, "y"), pickle.dumps(s).hex())
w = pickle.loads(pickle.dumps(WithState())); print(w.v, w.cache)
print(pickle.loads(pickle.dumps(Red(1))).n)
cyc = []; cyc.append(cyc)
c2 = pickle.loads(pickle.dumps(cyc)); print(c2[0] is c2, pickle.dumps(cyc).hex())
d = {}; d["self"] = d
d2 = pickle.loads(pickle.dumps(d)); print(d2["self"] is d2)
t = ([],); t[0].append(t)
t2 = pickle.loads(pickle.dumps(t)); print(t2[0][0] is t2, pickle.dumps(t).hex())
o = Plain(1, None); o.b = o
o2 = pickle.loads(pickle.dumps(o)); print(o2.b is o2)
big = pickle.dumps(list(range(20000)))
print(len(big), big[:20].hex(), pickle.loads(big)[-1])
large = pickle.dumps([b"x" * 70000, "y" * 70000])
print(len(large), large[:16].hex(), [len(x) for x in pickle.loads(large)])
for bad in (lambda: pickle.dumps(lambda: 1), lambda: pickle.loads(b"\x80\x04garbage"), lambda: pickle.loads("str"), lambda: pickle.loads(b"\x80\x04K")):
    try:
        bad()
    except (pickle.PicklingError, pickle.UnpicklingError, TypeError, EOFError, AttributeError) as e:
        print(type(e).__name__)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.loads(pickle.dumps(1, protocol=-1)))
copyreg.pickle(Slotted, lambda s: (Slotted, (s.x * 2,)))
print(pickle.loads(pickle.dumps(Slotted(4))).x)
