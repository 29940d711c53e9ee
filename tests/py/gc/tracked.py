# Pins gc.is_tracked for atomic objects and containers, and the untracking of atomic tuples.
import gc

print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(b"b"))
print(gc.is_tracked(None), gc.is_tracked(True), gc.is_tracked(range(3)))
print(gc.is_tracked([]), gc.is_tracked({"a": []}), gc.is_tracked({1, 2}))
def f():
    pass
print(gc.is_tracked(f), gc.is_tracked(gc.is_tracked))
t = tuple([1, 2, "x"])
u = tuple([1, [2]])
print(gc.is_tracked(u))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
print(gc.is_finalized([]), gc.is_finalized(1))
