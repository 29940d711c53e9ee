# Pins deque append/appendleft/pop/popleft, len, indexing and repr.
from collections import deque
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d))
print(d.pop(), d.popleft(), d)
print(d[0], d[-1], d[3])
d[1] = 'x'
print(d, bool(d), bool(deque()))
print(list(d), list(reversed(d)))
