# Pins deque's error messages.
from collections import deque
d = deque([1, 2])
tests = [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[5],
         lambda: d.index(9), lambda: d.remove(9), lambda: deque([1], 1).insert(0, 2),
         lambda: d + [1], lambda: deque(1)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
