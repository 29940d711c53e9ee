# Pins defaultdict copy, non-callable factory error, lambda factory and |.
from collections import defaultdict
d = defaultdict(lambda: 'dflt', a=1)
print(d['b'], sorted(d.items()))
e = d.copy(); e['c'] = 3; print(sorted(e.items()), len(d), e.default_factory is d.default_factory)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
f = defaultdict(set, {'x': {1}}) | {'y': {2}}
print(type(f).__name__, f)
tree = lambda: defaultdict(tree)
t = tree(); t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
