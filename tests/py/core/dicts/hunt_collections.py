# collections: deque, defaultdict, Counter, ChainMap, OrderedDict
from collections import deque, defaultdict, Counter, ChainMap, OrderedDict
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, d.maxlen, len(d))
d.rotate(1); print(d); d.rotate(-2); print(d, d[0], d[-1], 3 in d); d.extendleft('ab'); print(d)
t(lambda: deque().pop()); t(lambda: deque().popleft()); t(lambda: d.index(99)); t(lambda: deque([1, 2]) == deque([1, 2])); t(lambda: deque('abc', 0))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
di = defaultdict(int); 
for ch in 'hello': di[ch] += 1
print(sorted(di.items())); t(lambda: defaultdict(None)['x']); t(lambda: defaultdict(5))
c = Counter('abracadabra'); print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:4], c.total())
c2 = Counter(a=1, b=-2); print(c + c2, c - c2, c & Counter(a=2), c | Counter(z=1) == c + Counter(z=1), +c2, -c2)
c.update('aaa'); c.subtract({'b': 5}); print(c['a'], c['b']); print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps); cm['c'] = 4; print(cm.maps[0]); t(lambda: cm['zz'])
print(cm.new_child({'a': 0})['a'], cm.parents['a'])
od = OrderedDict(); od['x'] = 1; od['y'] = 2; od['z'] = 3; od.move_to_end('x'); print(od, od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
