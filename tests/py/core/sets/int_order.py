# Pins printing sets of small ints: CPython's order is determined by hash (== value) modulo table size.
print({3, 1, 2}, {10, 5, 0, 100}, {-1, -2, 7}, set(range(10, 0, -1)), {32, 1, 64, 8})
s = set()
for v in (50, 7, 33, 1, 18):
    s.add(v)
print(s, sorted(s), len(s))
print(set([1, 1, 2, 2, 3]), {True, 1, 1.0}, {0, False, 0.0}, frozenset({9, 8}))
