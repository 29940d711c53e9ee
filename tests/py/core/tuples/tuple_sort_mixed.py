# Pins ordering of tuples with mixed element types: comparison stops at the first unequal element.
print(sorted([(1, "b"), (0, 5), (1, "a")]), (1, "x") < (2, 0), (1, 2) == (1, 2), (1, 2) < (1, 2, "x"))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
print(max([(0, [1]), (0, [2])]), min((2, 1), (2, 1.0)))
