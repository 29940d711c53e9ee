# Pins how an instance's __dict__ looks to the gc module: untracked until it holds containers, cycles through attributes collected, and the dict handed out stays consistent.
import gc

class C:
    pass

a = C()
print(gc.is_tracked(a), gc.is_tracked(a.__dict__))
a.x = 1
print(gc.is_tracked(a.__dict__))
a.y = []
print(gc.is_tracked(a.__dict__))
b = C()
b.n = 5
d = b.__dict__
d["l"] = [b]
print("referrers of the list:", [type(r).__name__ for r in gc.get_referrers(d["l"])])
del d
b.l.append(b)
del b
print("collected:", gc.collect())

# Attribute cycles between instances.
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None

for i in range(3):
    p, q = Node(i), Node(-i)
    p.other, q.other = q, p
del p, q
print("cycles collected:", gc.collect())

# A __dict__ fetched and kept elsewhere keeps its contents alive.
m = Node(7)
kept = m.__dict__
m.other = m
del m
gc.collect()
print("kept:", kept["v"], type(kept["other"]).__name__, kept["other"].v)
kept["other"].other = None
del kept
print(gc.collect())

# Replacing __dict__ with an outside dict.
r = Node(1)
shared = {"v": 2, "other": None}
r.__dict__ = shared
shared["other"] = r
del r, shared
print("replaced:", gc.collect())

# While the dict is the instance's alone, the collector sees the attributes as the instance's.
o = C()
o.x = [1]
o.y = "s"
print([type(r).__name__ for r in gc.get_referents(o)])
print([type(r).__name__ for r in gc.get_referrers(o.x)])
