# Pins permutations and combinations of strings joined, and counting.
from itertools import permutations, combinations
print([''.join(p) for p in permutations('abc')])
print([''.join(p) for p in permutations('aab', 2)])
print(sorted(set(''.join(p) for p in permutations('aabb'))))
print([a + b for a, b in combinations('wxyz', 2)])
print(sum(1 for p in permutations(range(7), 3)))
