# Pins deque.rotate both ways, on full and partial rings, and by large n.
from collections import deque
d = deque(range(6))
for n in (1, 2, -1, -3, 0, 7, -13):
    d.rotate(n)
    print(n, d)
e = deque(range(4), maxlen=4)
e.rotate(); print(e)
e.rotate(-2); print(e)
deque().rotate(3); print(deque([1]).rotate(5))
