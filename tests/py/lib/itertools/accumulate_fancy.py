# Pins accumulate for running max, amortisation and string building.
from itertools import accumulate
import operator
data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
print(list(accumulate(data, max)), list(accumulate(data, min)))
print([round(x, 2) for x in accumulate(range(5), lambda bal, pmt: bal * 1.05 + pmt, initial=1000)])
print(list(accumulate(['a', 'b', 'c'], operator.add)), list(accumulate([1, 2, 3], initial=None)))
