# Pins deque.extend/extendleft with itself and generators, and maxlen trimming order.
from collections import deque
d = deque([1, 2])
d.extend(d); print(d)
d.extendleft(d); print(d)
d.extend(x * x for x in range(3)); print(d)
m = deque(maxlen=4)
m.extendleft(range(10)); print(m)
m.extend('ab'); print(m)
