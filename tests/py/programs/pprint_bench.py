# Pins pprint on a large nested structure (the pprint benchmark shape): pformat widths, depth, sort_dicts, compact, nested lists/tuples/dicts/sets, and saferepr of recursive data.
import pprint

data = [{"id": i, "name": f"item-{i:03d}", "tags": ["t%d" % (i % 4), "x" * (i % 9)],
         "scores": tuple(range(i % 6)), "meta": {"ok": i % 2 == 0, "ratio": i / 7, "nested": {"k": [i, [i, (i,)]]}}}
        for i in range(12)]
text = pprint.pformat(data)
print(len(text), text.count("\n"))
print(text[:700])
print(pprint.pformat(data[:2], width=40, sort_dicts=False))
print(pprint.pformat(data, depth=2)[:300])
print(pprint.pformat(list(range(60)), compact=True, width=50))
print(pprint.pformat({"z": set(range(5)), "a": frozenset({3, 1}), "m": [[1, 2], [3, [4, 5]]] * 3}, width=30))
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(pprint.saferepr(rec).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(rec), pprint.isrecursive(d), pprint.isreadable(data[0]), pprint.isreadable(rec))
pprint.pprint({"long": "word " * 30, "num": 10 ** 30, "tuple": (1,), "empty": [], "dict": {}}, width=60)
pp = pprint.PrettyPrinter(indent=4, width=50)
pp.pprint(data[3])
