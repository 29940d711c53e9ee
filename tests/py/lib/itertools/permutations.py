# Pins permutations order, r, r > n, and the eager argument check.
from itertools import permutations
print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations('ab', 3)), list(permutations([], 0)), len(list(permutations(range(6)))))
try:
    permutations('abc', -1)
except ValueError as e:
    print('ValueError', e)
try:
    permutations(5)
except TypeError as e:
    print('TypeError', e)
