# Pins weakref.WeakValueDictionary, WeakKeyDictionary and finalize with referents freed by the collector.
import gc
import weakref
WeakValueDictionary = weakref.WeakValueDictionary
WeakKeyDictionary = weakref.WeakKeyDictionary
finalize = weakref.finalize

def mk(name):
    def f():
        return name
    f.me = f
    return f

d = WeakValueDictionary()
a, b = mk("a"), mk("b")
d["a"] = a
d["b"] = b
print(len(d), "a" in d, d["a"] is a, sorted(d.keys()), d.get("zz", 0))
del a
gc.collect()
print(len(d), "a" in d, sorted(d.keys()), [v() for v in d.values()])
try:
    d["a"]
except KeyError as e:
    print("KeyError", e)
print(d.pop("b")(), len(d), d.pop("b", "gone"))

k = WeakKeyDictionary()
x, y = mk("x"), mk("y")
k[x] = 1
k[y] = 2
print(len(k), x in k, k[x], sorted(v for v in k.values()))
del y
gc.collect()
print(len(k), sorted(v for v in k.values()), k.get(x))

log = []
z = mk("z")
fz = finalize(z, log.append, "z died")
print(fz.alive, log)
del z
gc.collect()
print(fz.alive, log)
w = mk("w")
fw = finalize(w, lambda *a, **kw: log.append((a, kw)), 1, k=2)
print(fw(), fw.alive, log[-1], fw())
del w
