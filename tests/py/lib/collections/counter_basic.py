# Pins Counter counting, repr order, most_common, missing keys, elements.
from collections import Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c['a'], c['zzz'], 'zzz' in c)
print(sorted(c.elements()), c.total())
print(Counter(), Counter({'x': 2, 'y': 0}), Counter(a=3, b=-1))
print(Counter(['red', 'blue', 'red', 'green', 'blue', 'blue']).most_common(1))
