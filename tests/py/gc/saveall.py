# Pins DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.collect()
print(gc.garbage, gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)

def make(tag):
    a = ["mark", tag]
    b = ["mark", tag + "-b", a]
    a.append(b)

for t in ("x", "y", "z"):
    make(t)
n = gc.collect()
mine = sorted(o[1] for o in gc.garbage if type(o) is list and o and o[0] == "mark")
print(n >= 6, mine)
# The saved objects are alive and whole.
first = [o for o in gc.garbage if type(o) is list and o[:2] == ["mark", "x"]][0]
print(first[2][1], first[2][2] is first)
gc.set_debug(0)
del first
gc.garbage.clear()
print(gc.garbage, gc.collect() >= 6)
