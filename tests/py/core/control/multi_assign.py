# Pins chained assignment (same object to every target), swaps and the left-to-right order of targets.
a = b = []
a.append(1)
print(a, b, a is b)
x, y = 1, 2
x, y = y, x
print(x, y)
l = [0, 1, 2]
i = 0
i, l[i] = 1, 9
print(i, l)
p = q = r = 5
print(p, q, r)
a, b, c = "xyz"
print(a, b, c)
(a, b), c = [1, 2], 3
print(a, b, c)
[a, [b, c]] = (4, (5, 6))
print(a, b, c)
d = {}
d["x"] = d["y"] = 0
print(d)
