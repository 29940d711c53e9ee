# Pins sum/min/max/any/all/enumerate/zip applied to lists of various contents.
l = [3, -1, 4, -1, 5]
print(sum(l), min(l), max(l), sum(l, 10), any(x < 0 for x in l), all(l), all([]), any([]))
print(list(enumerate(l, start=1))[:2], list(zip(l, l[1:])), sorted(l), l.index(-1))
print(max(l, key=abs), min(["bb", "a", "ccc"], key=len), sum([[1], [2]], []), sum([0.1] * 3))
