# Pins ChainMap lookups, writes to the first map, new_child and parents.
from collections import ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), 'a' in cm, cm.get('z', 0))
cm['c'] = 3; print(over, base)
child = cm.new_child({'a': 100}); print(child['a'], child.parents['a'])
print(cm)
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
