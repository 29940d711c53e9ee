# Pins operator functions as arguments to map, reduce and sorted.
import operator
from functools import reduce
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), reduce(operator.xor, range(16)))
print(sorted([3, -4, 1], key=operator.neg), list(map(operator.truth, [0, 1, [], [0]])))
print(reduce(operator.concat, ['a', 'b', 'c']), list(map(operator.pow, [2, 3], [3, 2])))
print(list(filter(operator.not_, [0, 1, '', 'x', None])), operator.contains('team', 'i'))
