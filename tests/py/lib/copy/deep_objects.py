# Pins deepcopy of object graphs with dicts of lists, defaultdict, deque, Counter and namedtuple.
import copy
from collections import defaultdict, deque, Counter, OrderedDict, namedtuple
dd = defaultdict(list, a=[1]); d2 = copy.deepcopy(dd); d2['a'].append(2); d2['b'].append(3)
print(dd, d2)
q = deque([[1], [2]], maxlen=3); q2 = copy.deepcopy(q); q2[0].append(9); print(q, q2)
c = Counter('aab'); c2 = copy.copy(c); c2['z'] += 1; print(c, c2)
od = OrderedDict(x=[1]); od2 = copy.deepcopy(od); od2['x'].append(2); print(od, od2)
P = namedtuple('P', 'a b'); p = P([1], 2); p2 = copy.deepcopy(p); p2.a.append(5); print(p, p2)
