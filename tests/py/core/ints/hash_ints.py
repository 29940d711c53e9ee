# Pins hash() of small ints, -1 (special-cased), bools, and equality of hashes for equal int/float.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(-1.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 20), hash(0.5), hash(-0.0), hash(1.5))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
