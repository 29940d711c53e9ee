# Pins deque under many appends, pops and rotations (ring growth and wrap-around).
from collections import deque
d = deque()
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
    if i % 7 == 0:
        d.popleft()
print(len(d), d[0], d[-1], d[500], sum(d))
for k in range(50):
    d.rotate(k * 37 - 900)
print(d[0], d[1], d[-1], list(d)[:5])
while len(d) > 3:
    d.pop(); d.popleft()
print(d)
