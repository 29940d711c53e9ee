# Pins iterating dicts by keys, values, items with unpacking, sorted keys and enumerate.
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(sum(d.values()), sorted(d), [k for k in sorted(d, key=d.get, reverse=True)])
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
it = iter(d)
print(next(it), next(it), list(it))
