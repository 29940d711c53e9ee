# Pins dict views: dynamic updates, len, membership, set operations on keys/items, reversed, repr.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, i, len(k), "c" in k, 3 in v, ("a", 1) in i, ("a", 2) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), sorted(i & {("b", 2)}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(k == {"a", "b", "c"}, v == v, k.isdisjoint(["x"]))
try:
    k[0]
except TypeError as e:
    print(e)
