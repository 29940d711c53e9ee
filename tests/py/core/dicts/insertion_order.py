# Pins dict insertion order: reassigning keeps position, delete+reinsert moves to end, keys/values/items views.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 0
print(d)
d2 = dict(z=1, y=2)
d2.update([("x", 3)], w=4)
print(d2)
print({1: "a", 1.0: "b", True: "c"})
