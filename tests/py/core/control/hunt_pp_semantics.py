# Pins operator dispatch (subclass reflected first, NotImplemented fallbacks, __iadd__ falling back to __add__), chained comparisons, augmented assignment evaluating targets once, closures, global/nonlocal, exec/eval namespaces, class-body comprehensions, multi-item with, generator close.
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
    def __eq__(self, o): print("  Base.eq"); return NotImplemented
    def __lt__(self, o): return "Base.lt"
    def __gt__(self, o): return "Base.gt"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
    def __eq__(self, o): print("  Sub.eq"); return NotImplemented
    def __gt__(self, o): return "Sub.gt"
print(Base() + Sub(), Sub() + Base(), Base() < Sub(), Base() == Sub(), Sub() == Base())
class IAdd:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return IAdd(self.v + o)
x = IAdd(1); x += 5; print(x.v)
class Cont:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Cont(), 5 in Cont())
calls = []
def f(v): calls.append(v); return v
print(f(1) < f(2) < f(0) < f(3), calls)
class Obj:
    def __init__(self): self.n = 0; self.d = {"k": 0}
o = Obj(); cnt = [0]
def get():
    cnt[0] += 1; return o
get().n += 5; get().d["k"] += 2; print(o.n, o.d, cnt)
lst = [1, 2, 3, 4, 5]; del lst[1:3]; del o.n; print(lst, hasattr(o, "n"))
n = 0
while (n := n + 1) < 3: pass
print(n)
for a, *b in [(1, 2, 3), (4,)]: print(a, b)
funcs = []
for i in range(3):
    def mk(i=i):
        def inner(): return i
        return inner
    funcs.append(mk())
print([g() for g in funcs])
def counter():
    c = 0
    def step():
        nonlocal c
        for _ in range(3):
            c += 1
        return c
    return step
s = counter(); s(); print(s())
G = 1
def outer():
    def inner():
        global G
        G += 1
    inner(); return G
print(outer())
ns = {"x": 2}
exec("y = x * 3\ndef h(): return y + 1", ns)
print(ns["y"], ns["h"](), eval("x + y", ns), eval("a + 1", {"a": 1}, {"a": 10}))
class ClsScope:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * k for v in vals for k in vals if vals]
    except NameError as e:
        err = str(e)
print(ClsScope.doubled, getattr(ClsScope, "err", None), getattr(ClsScope, "bad", None))
class D:
    def __init__(self): self.log = []
    def __enter__(self): self.log.append("enter"); return self
    def __exit__(self, *a): self.log.append(("exit", a[0].__name__ if a[0] else None)); return False
d1, d2 = D(), D()
try:
    with d1, d2:
        raise ValueError
except ValueError:
    pass
print(d1.log, d2.log)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  gen closed")
g = gen(); next(g); g.close(); print(g.gi_frame is None, list(g))
print(1 < 2.5 < 3, 2 ** 63 > 9.2e18, 1 == 1.0 == True, 0.1 + 0.2 > 0.3, float("nan") != float("nan"), [] == [] is not None)
print(True + True, -True, ~False, True & 2, 3 // True, divmod(True, 2), isinstance(True, int), hash(True) == hash(1))
