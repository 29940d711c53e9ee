# Pins deque's repr of a deque containing itself, and of a subclass.
from collections import deque
d = deque([1]); d.append(d); print(d)
class Q(deque):
    pass
print(Q([1, 2]), Q('ab', 3))
