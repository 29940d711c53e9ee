# Pins the rest of the gc module: get_objects, get_referrers, get_referents, get_stats, callbacks, freeze.
import gc

mine = ["needle"]
holder = [mine, 42]
print(any(o is mine for o in gc.get_objects()))
print(any(o is holder for o in gc.get_referrers(mine)))
refs = gc.get_referents(holder)
print(any(o is mine for o in refs), 42 in refs)
print(gc.get_referents(1, "s"), gc.get_referrers())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]), all(type(v) is int for s in stats for v in s.values()))
print(type(gc.get_objects(generation=0)).__name__)
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print("ValueError:", e)

phases = []
def watch(phase, info):
    phases.append((phase, sorted(info), info["generation"]))
gc.callbacks.append(watch)
gc.collect()
gc.callbacks.remove(watch)
gc.collect()
print(phases)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.garbage, gc.callbacks)
