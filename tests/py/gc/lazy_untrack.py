# Pins lazy untracking as CPython 3.11 does it: atomic dicts are born untracked and tracked when a container is stored; atomic tuples and dicts leave the lists at a collection.
import gc

print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked({"a": {}}), gc.is_tracked({"a": (1, 2)}), gc.is_tracked({(1, 2): 1}))
d = {}
d["x"] = 1
d["y"] = "s"
print("atomic stores:", gc.is_tracked(d))
d["z"] = [1]
print("list stored:", gc.is_tracked(d))
del d["z"]
print("after del:", gc.is_tracked(d))
gc.collect()
print("after full collection:", gc.is_tracked(d))
e = dict(a=1, b=2.5)
f = dict.fromkeys("abc", 0)
g = {i: str(i) for i in range(5)}
print(gc.is_tracked(e), gc.is_tracked(f), gc.is_tracked(g), gc.is_tracked(e.copy()))
h = {"n": None}
h.update({"l": []})
print("update with list:", gc.is_tracked(h))
h.setdefault("m", set())
print(gc.is_tracked(h.copy()))

t = (1, 2)
print("fresh tuple:", gc.is_tracked(t))
nested = ((1, 2), ("a", (3.5,)))
holder = (1, [])
gc.collect()
print("after collection:", gc.is_tracked(t), gc.is_tracked(nested), gc.is_tracked(holder))
dt = {"t": (1, 2)}
print("dict of fresh tuple:", gc.is_tracked(dt))
gc.collect()
print("after collection:", gc.is_tracked(dt))
gc.collect(0)
young = {"t": tuple([1, 2])}
gc.collect(0)
print("young collection keeps dicts:", gc.is_tracked(young))

# A dict that stays untracked is still searched for cycles once it holds a container.
class Node:
    pass
n = Node()
box = {"n": 1}
box["self"] = box
box["node"] = n
n.box = box
del box, n
print("collected:", gc.collect() >= 2)
