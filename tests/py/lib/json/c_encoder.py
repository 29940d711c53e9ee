# json.dumps through the C encoder: containers, circular references, default=, separators, indent, keys, errors
import json
from collections import OrderedDict

data = {"b": [1, (2, 3), {"x": None}], "a": {"nested": {"deep": [[], {}, [[]]]}}, "c": "s"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" , ", " : "), sort_keys=True))
for indent in [0, 1, 2, "\t", "--", ""]:
    print(repr(indent))
    print(json.dumps(data, indent=indent, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps({(1, 2): 3}, indent=2, skipkeys=True))
print(json.dumps({(1, 2): 3, "k": [1]}, indent=2, skipkeys=True, separators=(";", "=")))

# circular references: lists, dicts, through default(), and check_circular=False
a = [1]
a.append(a)
d = {}
d["self"] = [d]
class Loop:
    pass
lp = Loop()
for v, kw in [(a, {}), (d, {}), ({"k": lp}, {"default": lambda o: o}),
              ({"k": lp}, {"default": lambda o: [o]}), (a, {"indent": 2})]:
    try:
        json.dumps(v, **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError")
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))   # the same list twice is not a cycle

# default=: called for unknown objects, its result encoded in place
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2), {"p": Point(3, [4])}], default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps({1, 2, 3}, default=sorted))
print(json.dumps([complex(1, 2)], default=lambda o: [o.real, o.imag]))
for v in [{1, 2}, object, b"bytes", Point(0, 0), {"k": [1, {"deep": bytearray()}]}]:
    try:
        json.dumps(v)
    except TypeError as e:
        print("TypeError:", e)
def bad_default(o):
    raise KeyError("from default")
try:
    json.dumps([1, Point(1, 1)], default=bad_default)
except KeyError as e:
    print("KeyError:", e)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return ("P", o.x, o.y)
        return super().default(o)
print(json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, cls=Enc))
print(Enc(sort_keys=True, indent=1).encode({"z": Point(0, 0), "a": 1}))
try:
    Enc().encode([set()])
except TypeError as e:
    print("TypeError:", e)

# keys: str, int, float, bool, None; others are errors unless skipkeys
print(json.dumps({"s": 1, 2: 2, 3.5: 3, True: 4, None: 5, -0.0: 6, 10 ** 20: 7}))
for bad in [{(1,): 1}, {b"k": 1}, {frozenset(): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps(bad, skipkeys=True), json.dumps(dict(bad, ok=1), skipkeys=True))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": 2, "\u00e9": 3, "A": 4, "": 5, "aa": 6}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({2.5: "c", 1: "a", 2: "b"}, sort_keys=True))

# subclasses of the containers and str
class L(list):
    pass
class D(dict):
    pass
class S(str):
    pass
class OD(OrderedDict):
    def items(self):
        return reversed(list(super().items()))
print(json.dumps([L([1, 2]), D(a=1), S("str sub"), OrderedDict([("z", 1), ("a", 2)])]))
print(json.dumps(OD([("first", 1), ("second", 2)])))
print(json.dumps({S("k"): S("v")}, ensure_ascii=False, sort_keys=True))
print(json.dumps(D(b=1, a=2), sort_keys=True, indent=1))
print(json.dumps(D(), indent=1), json.dumps(L(), indent=1))
class BadItems(dict):
    def items(self):
        return [(1, 2, 3)]
try:
    json.dumps(BadItems(a=1))
except ValueError as e:
    print("ValueError:", e)

# the encoder object, JSONEncoder.iterencode and dump
enc = json.JSONEncoder(separators=(",", ":"))
print(enc.encode({"k": [1, 2]}), enc.encode("just a str"), enc.encode(5))
print("".join(json.JSONEncoder().iterencode({"a": [1, 2]})))
import io
buf = io.StringIO()
json.dump({"x": [1, {"y": None}]}, buf, indent=2)
print(buf.getvalue())
# lists changed by default() while they are written
victim = [1, 2, 3]
def shrink(o):
    victim.clear()
    return "gone"
print(json.dumps([victim, Point(0, 0)], default=shrink))
grow = [Point(0, 0)]
def append_more(o):
    if len(grow) < 4:
        grow.append(len(grow))
    return "p"
print(json.dumps(grow, default=append_more))
# allow_nan=False: the C encoder's message, and the Python encoder's (CPython's when indenting) with the value
for v in [float("nan"), [float("inf")], {"k": -float("inf")}, {float("nan"): 1}]:
    for indent in [None, 2]:
        try:
            json.dumps(v, allow_nan=False, indent=indent)
        except ValueError as e:
            print(indent, e)
