# Pins set operators on keys/items views with any iterable, view equality with sets, isdisjoint, and reversed() of dicts and views.
d = {"a": 1, "b": 2, "c": 3}
k, i = d.keys(), d.items()
print(sorted(k & ["a", "x"]), sorted(k | ("z",)), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), sorted({"a", "y"} - k))
print(sorted(i & {("b", 2)}), sorted(i | {("d", 4)}), type(k & k).__name__, k == {"a", "b", "c"}, i == {("a", 1)}, k != {"a"})
print(k.isdisjoint(["x"]), k.isdisjoint("abc"), i.isdisjoint([("a", 1)]), {"a"} <= k if False else k >= {"a"})
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), list(reversed({})))
try:
    k & 1
except TypeError as e:
    print(e)
