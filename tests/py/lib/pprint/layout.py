# pprint: CPython's layout of long dicts, lists, tuples, sets and strings; width, depth, compact, sort_dicts
import pprint

data = {"name": "tierpy", "tiers": ["os", "malloc", "pool", "objects", "vm"],
        "sizes": {"small": list(range(12)), "large": (256, 512, 1024, 4096, 65536, 262144)},
        "flags": {3, 1, 2}, "nested": [[1, 2, [3, 4, [5, 6, [7, 8]]]], {"k": "v" * 30}]}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint({"b": 1, "a": 2, "c": [1] * 30}, sort_dicts=False)
pprint.pp({"z": 1, "y": 2})
text = "the quick brown fox jumps over the lazy dog " * 4
pprint.pprint(text)
pprint.pprint([text, "short"])
pprint.pprint(("only",))
pprint.pprint(frozenset(range(30)))
print(pprint.pformat({"x": [1, 2], "y": (3,)}, indent=4, width=10))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
print(pprint.saferepr({"a": (1, 2), "b": [None, True]}))
pprint.pprint({1: "one", "two": 2, (3,): [3]})
pprint.pprint([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(6)])
