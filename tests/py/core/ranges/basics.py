# Pins range length, indexing, repr, membership, iteration, and empty ranges.
for r in (range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(0, -5), range(-5, 5, 4)):
    print(repr(r), len(r), list(r), bool(r))
r = range(0, 100, 7)
print(r[0], r[-1], r[3], 49 in r, 50 in r, 7.0 in r, r.index(21), r.count(14), r.count(15))
print(range(3) == range(0, 3, 1), range(0) == range(5, 1), range(1, 2, 3) == range(1, 3, 5), hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, range(5).step)
