# Pins partial with map/sorted and as a stored callback.
from functools import partial
pow2 = partial(pow, 2)
print(list(map(pow2, range(6))))
by_len = partial(sorted, key=len)
print(by_len(['ccc', 'a', 'bb']))
handlers = [partial(print, 'handler', i, sep=':') for i in range(3)]
for h in handlers:
    h()
