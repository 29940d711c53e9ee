# Pins for-loop targets: tuple unpacking, nested unpacking, starred targets, subscript/attribute-free targets.
pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs, 1):
    print(i, n, s)
for first, *rest in ["abc", [1, 2], (9,)]:
    print(first, rest)
for *init, last in ["xyz", (1, 2)]:
    print(init, last)
l = [0, 0, 0]
for l[0] in range(3):
    pass
print(l)
d = {}
for k, d[k] in [("a", 1), ("b", 2)]:
    pass
print(d)
for x in range(3):
    pass
print("after loop x =", x)
