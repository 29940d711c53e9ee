# Pins hash of floats: integral floats hash like ints, inf/nan/-0.0 hashes.
print(hash(1.0), hash(-1.0), hash(0.0), hash(-0.0), hash(2.0 ** 61), hash(1e20))
print(hash(float("inf")), hash(float("-inf")), hash(0.5), hash(0.25), hash(1.5) == hash(1.5))
print(hash(3.0) == hash(3), hash(2.0 ** 100) == hash(2 ** 100))
d = {0.0: "zero"}
d[-0.0] = "negzero"
d[0] = "int"
print(d)
