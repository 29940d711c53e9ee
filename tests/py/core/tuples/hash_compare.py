# Pins tuple hashing (equal tuples hash equally, usable as dict keys), unhashable contents, ordering.
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, "a")) == hash((1.0, "a")))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(1, 2)], d[0, 0], (1, 2) in d)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    {(1, {}): 0}
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "b") > (1, "a"))
print(sorted([(2, "a"), (1, "z"), (2, "")]), max((1, 2), (1, 2, 0)), (1, 2) == (1, 2.0))
