# Pins N-queens solved by filtering a permutation generator (pyperformance style), n = 6 and 7.
from itertools import permutations


def perms(items):
    """All orderings of items, from a recursive generator."""
    if len(items) <= 1:
        yield tuple(items)
        return
    for i, first in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield (first,) + rest


def queens(n, source):
    cols = range(n)
    for vec in source(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


for n in (4, 5, 6):
    own = list(queens(n, lambda c: perms(list(c))))
    lib = list(queens(n, permutations))
    print(n, len(own), own == lib, own[:2])
print(len(list(queens(7, permutations))))
