# Pins which objects work as keys: ints/floats/strs/tuples/frozensets/None/bools, and errors for lists/sets/dicts.
d = {}
for k in (1, 2.5, "s", (1, 2), frozenset({1}), None, True, b"b", range(2)):
    d[k] = type(k).__name__
print(list(d.values()))
print(d[1.0], d[frozenset([1])], d[range(0, 2)])
for bad in ([1], {1}, {"a": 1}, (1, [2])):
    try:
        d[bad] = 0
    except TypeError as e:
        print(e)
