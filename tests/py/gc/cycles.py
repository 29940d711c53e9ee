# Pins gc.collect() finding reference cycles of lists and functions that nothing else refers to.
import gc

gc.collect()

def list_cycles(n):
    for i in range(n):
        a = ["a", i]
        b = ["b", a]
        a.append(b)

list_cycles(10)
print("lists:", gc.collect())

def self_loop():
    x = []
    x.append(x)
    return len(x)

print(self_loop(), gc.collect())

def fn_cycle():
    def g():
        return 1
    g.me = g
    return g.__name__

print(fn_cycle(), gc.collect() > 0)

# Reachable cycles survive a collection.
keep = []
keep.append(keep)
d = {"self": None}
d["self"] = d
gc.collect()
print(keep[0] is keep, d["self"] is d)

# Nothing left to collect.
print(gc.collect())
