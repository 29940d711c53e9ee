# Pins type() of values and type names, type identity comparisons, and type(x)(...) construction.
for v in (1, 1.0, "s", b"b", [], (), {}, set(), None, True, range(1), len, 1j, ...):
    print(type(v).__name__, type(v) is v.__class__)
print(type(1) is int, type(True) == bool, type(type(1)).__name__, type([])("ab"), type(5)("7"))
