# Pins in/not in on lists (uses ==, identity first), len, and list truthiness.
l = [1, "a", [2], None, 2.0]
print(1 in l, True in l, "a" in l, [2] in l, None in l, 2 in l, 3 not in l, len(l), len([[]]))
class C:
    pass
c = C()
print(c in [c], c in [C()], bool([]), bool([0]))
