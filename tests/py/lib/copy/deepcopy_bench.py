# Pins copy.deepcopy/copy.copy on nested structures, instances with __dict__ and __slots__, shared and cyclic references, and __deepcopy__/__copy__ hooks.
import copy
from dataclasses import dataclass, field
from collections import OrderedDict, namedtuple


class A:
    def __init__(self):
        self.string = "foo"
        self.number = 12.5
        self.lst = [1, 2, [3, 4]]
        self.dct = {"a": (1, 2), "b": {"c": [5]}}
        self.tup = (1, [2])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


class Hooked:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has self:", id(self) in memo)
        return Hooked(self.v + ["copied"])

    def __copy__(self):
        return Hooked("shallow")


@dataclass
class DC:
    name: str
    tags: list = field(default_factory=list)


P = namedtuple("P", "x y")

a = A()
b = copy.deepcopy(a)
print(b is a, b.lst == a.lst, b.lst is a.lst, b.lst[2] is a.lst[2], b.dct == a.dct, b.tup[1] is a.tup[1])
b.lst[2].append(5)
print(a.lst, b.lst)
c = copy.copy(a)
print(c.lst is a.lst, vars(c) == vars(a))
shared = [1, 2]
outer = [shared, shared, {"k": shared}]
oc = copy.deepcopy(outer)
print(oc[0] is oc[1], oc[2]["k"] is oc[0], oc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc, repr(cc))
d = {"self": None}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd is d)
s = Slotted([1], {"x": 1})
s2 = copy.deepcopy(s)
print(s2.a == s.a, s2.a is s.a, s2.b, type(s2).__name__)
s3 = copy.copy(s)
print(s3.a is s.a)
h = Hooked([1])
print(copy.deepcopy([h, h])[0].v, copy.copy(h).v)
dc = DC("n", ["t"])
dc2 = copy.deepcopy(dc)
print(dc2, dc2 == dc, dc2.tags is dc.tags)
p = P([1], 2)
p2 = copy.deepcopy(p)
print(p2, p2.x is p.x, type(p2) is P)
od = OrderedDict([("z", [1]), ("a", [2])])
od2 = copy.deepcopy(od)
print(od2, type(od2).__name__, od2["z"] is od["z"])
imm = (1, "s", 2.5, None, frozenset({1}), b"x", range(3))
print(copy.deepcopy(imm) is imm, copy.copy(imm) is imm, copy.deepcopy(len) is len)
nested = {"a": [{"b": (i, [i] * 2)} for i in range(3)], "set": {1, 2, 3}}
print(copy.deepcopy(nested))
big = [[i, str(i), {i: [i]}] for i in range(200)]
for _ in range(20):
    big = copy.deepcopy(big)
print(len(big), big[199], big[5][2][5] is not big[6][2].get(6))


class Reduced:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Reduced, (self.x * 2,))


print(copy.deepcopy(Reduced(3)).x, copy.copy(Reduced(5)).x)
