# Pins index (with start/stop), count with equal-but-different types, reverse in place and reversed().
l = [1, 2, 3, 2, 1.0, True, "1"]
print(l.index(2), l.index(2, 2), l.index(1, 1), l.count(1), l.count(2), l.count("1"), l.index(3, -5, -3))
r = [1, 2, 3]
print(r.reverse(), r, list(reversed(r)), r)
nan = float("nan")
print([nan].count(nan), [nan].index(nan), [float("nan")].count(nan))
