# Pins slice objects: repr, attributes, indices(), using them to index lists/strings, and equality/hash.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, None))
l = list(range(10))
print(l[s], "abcdefghij"[s], l[slice(None, None, -3)], (0, 1, 2, 3)[slice(2)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
l[slice(0, 2)] = ["x"]
print(l)
