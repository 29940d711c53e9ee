# Pins Counter.update/subtract with iterables, mappings and keywords.
from collections import Counter
c = Counter(a=1)
c.update('aab'); print(c)
c.update({'b': 5, 'z': 1}); print(c)
c.update(q=2); print(c)
c.subtract('aaaa'); print(c)
c.subtract({'z': 3}, ); print(c)
del c['q']; del c['nothere']; print(c)
