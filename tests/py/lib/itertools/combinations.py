# Pins combinations and combinations_with_replacement order and edges.
from itertools import combinations, combinations_with_replacement as cwr
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(cwr('ABC', 2)), list(cwr([], 2)), list(cwr('a', 0)))
print(sum(1 for _ in combinations(range(10), 4)), sum(1 for _ in cwr(range(5), 3)))
