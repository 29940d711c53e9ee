# Pins defaultdict with list/int factories, repr, missing-key KeyError.
from collections import defaultdict
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, sorted(d.items()))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c)
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
print(n, n.default_factory)
print(isinstance(d, dict), d.get('zz'), 'zz' in d)
