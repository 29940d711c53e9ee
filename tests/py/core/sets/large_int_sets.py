# Pins set behavior with many ints, collisions (values differing by multiples of table size) and removal.
s = set(range(0, 1000, 7))
print(len(s), 994 in s, 995 in s, sum(s))
for v in range(0, 1000, 14):
    s.remove(v)
print(len(s), min(s), max(s))
c = {i * 1024 for i in range(10)}
print(c)
c.discard(0)
c.add(-1)
print(sorted(c)[:3], len(c))
