# Pins weakref.WeakSet: add/discard/remove/pop, membership, items leaving when they die (also during iteration), set algebra and comparisons.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(6)]
ws = weakref.WeakSet(objs[:4])
print(len(ws), objs[0] in ws, objs[5] in ws, 3 in ws, sorted(o.n for o in ws))
ws.add(objs[4])
ws.discard(objs[0])
ws.discard(objs[5])
ws.remove(objs[1])
try:
    ws.remove(objs[1])
except KeyError:
    print("KeyError on remove")
print(sorted(o.n for o in ws))
del objs[2]
gc.collect()
print(len(ws), sorted(o.n for o in ws))
for o in ws:
    if o.n == 3:
        del objs[2]          # Obj(3) dies while the set is iterated
        gc.collect()
print(len(ws), sorted(o.n for o in ws))
other = weakref.WeakSet([objs[0], objs[2]])
print(sorted(o.n for o in ws | other), sorted(o.n for o in ws & other), sorted(o.n for o in other - ws), sorted(o.n for o in ws ^ other))
print(ws <= weakref.WeakSet(objs), ws < ws, ws == ws.copy(), ws.isdisjoint(other), ws.issuperset([objs[2]]))
p = ws.pop()
print(p in objs, len(ws))
ws.clear()
try:
    ws.pop()
except KeyError as e:
    print("KeyError", e)
try:
    ws.add(1)
except TypeError as e:
    print("TypeError", e)
print(len(weakref.WeakSet()), bool(weakref.WeakSet([objs[0]])))
