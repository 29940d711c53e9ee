# Pins zip_longest with unequal iterators, generators and a fill object.
from itertools import zip_longest, count, islice
def gen(n):
    for i in range(n):
        yield i
print(list(zip_longest(gen(3), 'ab', [True], fillvalue=0)))
print(list(islice(zip_longest(count(), 'xy'), 4)))
cols = [[1, 2, 3], [4], [5, 6]]
print([list(r) for r in zip_longest(*cols)])
