# Pins tee with unequal advancement and tee of a tee.
from itertools import tee, islice, count
a, b = tee(count(), 2)
print(list(islice(a, 5)), list(islice(b, 3)), next(a), next(b))
c, d = tee(a)
print(next(c), next(c), next(d), next(a))
x, = tee('q', 1); print(list(x))
try:
    tee('a', -1)
except ValueError as e:
    print('ValueError', e)
