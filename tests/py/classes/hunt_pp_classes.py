# Pins __prepare__ with class keywords, __class__ cells, positional-only/keyword-only errors, return in finally, break in finally, walrus, exception notes, raise from None, iter(callable, sentinel), __hash__ = None with __eq__, dict order, int subclass __format__, recursion limit, class scope lookups, bytearray slicing, __class__ assignment.
import sys
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = injected + 1
print(A.x)
class B:
    v = 3
    lst = [v for _ in range(2)] if False else None
    def m(self): return __class__
print(B().m() is B)
def f(a, b, /, c, *, d): return a, b, c, d
for call in (lambda: f(1, 2, 3, d=4), lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, 2, c=3)):
    try: print(call())
    except TypeError as e: print("TypeError", e)
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    for i in range(3):
        try:
            continue
        finally:
            if i == 1: break
    return i
print(h())
print([y for x in range(5) if (y := x * 2) > 4], y)
e = ValueError("base")
e.add_note("note one"); e.add_note("note two")
print(e.__notes__)
try:
    raise KeyError("k") from None
except KeyError as k:
    print(k.__cause__, k.__suppress_context__, k.__context__)
it = iter([1, 2, 3, 0, 5].pop, 0) if False else iter(iter([1, 2, 0, 3]).__next__, 0)
print(list(it), slice(1, None, 2).indices(10), "a,b,,c".split(",", 2), "a\nb\r\nc".splitlines(True), "x".rsplit(None))
class E:
    def __eq__(self, o): return True
print(E.__hash__, E() != 1, object() == object())
d = {1: 1, 2: 2}; del d[1]; d[1] = 1; print(d, d.popitem(), {1, 2} | frozenset({3}), type(frozenset({1}) | {2}).__name__)
print(hash(float("inf")), hash(-0.0), hash(0.5), hash(-1), hash(2**61), hash((1, 2)), hash("") , hash(None) != 0)
class I(int):
    def __format__(self, spec): return "I" + int.__format__(self, spec)
print(f"{I(5):03d}", format(True, "d"), f"{True!s:>6}", format(True), str(True))
class S:
    @classmethod
    def c(cls): return super().__repr__ if False else cls.__name__
    @staticmethod
    def s(): return "static"
print(S.c(), S().s())
try:
    sys.setrecursionlimit(50)
    def r(n): return r(n + 1)
    r(0)
except RecursionError as e:
    print("RecursionError", e)
finally:
    sys.setrecursionlimit(1000)
print("a", "b", sep="-", end="!\n", flush=True)
x = 10
def outer():
    x = 1
    class Inner:
        y = x
        x = 5
        z = x
    return Inner.y, Inner.z
print(outer())
ba = bytearray(b"hello world"); ba[0:5] = b"HI"; del ba[-1]; ba[1:2] = []; print(ba, bytes.fromhex("de ad"), ba.find(b"wor"))
print(1 if [] else 2, not None, (1, 2) < (1, 2, 0), [1] * 0, "%s" % None, 7 .bit_length(), (-7).__abs__())
class P1: pass
class P2: pass
o = P1(); o.__class__ = P2; print(type(o).__name__)
