# Pins cmp_to_key sorting with an old-style comparison function.
from functools import cmp_to_key
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or ((a > b) - (a < b))
print(sorted(['bb', 'a', 'ccc', 'ab', 'b'], key=cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
print(max(['x', 'yyy', 'zz'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
