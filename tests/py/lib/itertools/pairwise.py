# Pins pairwise over strings, short inputs and iterators.
from itertools import pairwise
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
