# Pins groupby runs, key functions, and groups invalidated by advancing.
from itertools import groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
print(list(groupby([])))
