# Cached global and builtin lookups (keyed on the dicts' key sets) must see
# every change: a global rebound, deleted and re-added, a builtin shadowed
# by a global and unshadowed, builtins replaced, and module-level loops
# that store globals on every turn.
import builtins


def use_len(x):
    return len(x)


def use_g():
    return G


G = 1
out = []
for i in range(300):
    if i == 100:
        G = 2                      # value replaced: same key set
    if i == 150:
        del G                      # key removed
        G = 3                      # and added again
    if i == 200:
        globals()["G"] = 4
    out.append(use_g())
print(out[0], out[99], out[100], out[149], out[150], out[199], out[200], out[299])

res = []
for i in range(300):
    if i == 100:
        len = lambda x: -1         # a global now shadows the builtin
    if i == 200:
        del len                    # the builtin again
    res.append(use_len("abc"))
print(res[99], res[100], res[199], res[200], res[299])

saved = builtins.abs
seen = []


def use_abs(x):
    return abs(x)


for i in range(200):
    if i == 100:
        builtins.abs = lambda x: "patched"
    seen.append(use_abs(-5))
builtins.abs = saved
print(seen[99], seen[100], use_abs(-7))


def missing():
    return NOT_DEFINED_YET


for i in range(3):
    try:
        print(missing())
    except NameError as e:
        print("NameError:", e)
    if i == 1:
        NOT_DEFINED_YET = "now defined"

total = 0
for i in range(1000):
    total += use_g() + i           # stores `total` and `i` every turn
print(total)

ns = {"G": "exec globals"}
exec("def f():\n    return G\nr = [f() for _ in range(100)]", ns)
print(ns["r"][0], ns["r"][-1], use_g())
for k in [f"k{i}" for i in range(50)]:
    globals()[k] = k               # many new keys: the globals dict grows
print(use_g(), use_len([1, 2]), k49)
