# Pins accumulate with the default sum, a function, and initial.
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate(range(1, 6), operator.mul)), list(accumulate([], initial=5)))
print(list(accumulate([1, 2], initial=100)), list(accumulate('abc')))
