# Pins deque with maxlen: dropping from the other end, repr, maxlen 0.
from collections import deque
d = deque(range(3), maxlen=3)
d.append(3); print(d)
d.appendleft(-1); print(d)
d.extend([7, 8]); print(d)
d.extendleft('ab'); print(d, d.maxlen)
z = deque([1, 2], maxlen=0); z.append(5); print(z, len(z))
print(deque(maxlen=None).maxlen)
try:
    deque([], -1)
except ValueError as e:
    print('ValueError', e)
