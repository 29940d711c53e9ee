# Pins groupby over sorted records with itemgetter keys and group sizes.
from itertools import groupby
from operator import itemgetter
rows = [('fruit', 'apple'), ('veg', 'leek'), ('fruit', 'pear'), ('veg', 'kale'), ('nut', 'pecan')]
for kind, grp in groupby(sorted(rows), key=itemgetter(0)):
    print(kind, [name for _, name in grp])
print([(k, len(list(g))) for k, g in groupby('aaabccdddd')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
