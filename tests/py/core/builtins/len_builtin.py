# Pins len() of builtin containers and views, and the TypeError for objects without len.
print(len(""), len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(0, 10, 3)))
print(len({"a": 1}.keys()), len(frozenset()), len(bytearray(4)), len("🐍"), len([[]] * 5))
for v in (5, 1.5, None, len, iter([1])):
    try:
        len(v)
    except TypeError as e:
        print(e)
