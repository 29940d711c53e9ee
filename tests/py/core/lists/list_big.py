# Pins list operations at scale (100k elements): append loop, slicing, sort of reversed, pop from end.
l = []
for i in range(100000):
    l.append(i * 7 % 1000)
print(len(l), sum(l), l[-5:])
l.sort()
print(l[:3], l[-3:], l.count(0))
r = list(range(100000))[::-1]
r.sort()
print(r[:3], r == list(range(100000)))
while len(r) > 5:
    r.pop()
print(r)
