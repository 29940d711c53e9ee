# Pins islice over generators: consumption and side effects.
from itertools import islice
log = []
def g():
    for i in range(10):
        log.append(i)
        yield i
it = g()
print(list(islice(it, 2, 6, 2)), log)
print(list(islice(it, 0)), log[-1])
print(list(islice(it, 1, None)), log[-1])
print(list(islice(range(20), 3, 15, 4)), list(islice('abc', 5, 10)))
