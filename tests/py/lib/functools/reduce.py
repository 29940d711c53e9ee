# Pins functools.reduce with and without an initial value, and its error.
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda a, b: a + [b], 'abc', []), reduce(max, [3, 9, 2]), reduce(operator.add, [], 7))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
