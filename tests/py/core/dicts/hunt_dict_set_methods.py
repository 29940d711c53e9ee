# dict and set methods and error messages
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
t(lambda: d['z']); t(lambda: d.pop('z')); t(lambda: d.pop('z', 0)); t(lambda: {}.popitem()); t(lambda: d.get('z')); t(lambda: d.setdefault('c', 3))
t(lambda: d); t(lambda: d.update([('x', 1)]) or d); t(lambda: d.update([1])); t(lambda: d.update(1)); t(lambda: dict([(1, 2, 3)])); t(lambda: dict(a=1, **{'b': 2}))
t(lambda: dict.fromkeys('ab', 0)); t(lambda: dict.fromkeys([1, 2])); t(lambda: {[]: 1}); t(lambda: d | {'q': 9}); t(lambda: {1: 2} | [1])
t(lambda: list(d.keys() & {'a', 'zz'})); t(lambda: d.keys() - {'a'} == {'b', 'c', 'x'}); t(lambda: list(reversed({1: 2, 3: 4}))); t(lambda: d.items() == d.items())
t(lambda: {1: 'a'} == {1.0: 'a'}); t(lambda: {True: 1, 1: 2, 1.0: 3}); t(lambda: repr({}.keys())); t(lambda: {1: 2}.values() == {1: 2}.values())
t(lambda: {'a': 1} < {'b': 2}); t(lambda: dict(zip('ab', [1, 2]))); t(lambda: {**{'a': 1}, 'a': 2}); t(lambda: {}.get()); t(lambda: d.pop())
e = {1: 2}
def mut():
    for k in e: e[k + 1] = 0
t(mut)
t(lambda: {1, 2} | {3}); t(lambda: {1, 2} & {2, 3}); t(lambda: {1, 2} - {2}); t(lambda: {1, 2} ^ {2, 3}); t(lambda: {1, 2} <= {1, 2, 3}); t(lambda: {1} < {1})
t(lambda: set().pop()); t(lambda: {1}.remove(2)); t(lambda: {1}.discard(2)); t(lambda: {1} | [2]); t(lambda: {1}.union([2], (3,))); t(lambda: set('aa'))
t(lambda: {1, 2}.issubset([1, 2, 3])); t(lambda: {1}.isdisjoint([2])); t(lambda: frozenset([1]) | {2}); t(lambda: {2} | frozenset([1])); t(lambda: frozenset())
t(lambda: set()); t(lambda: {frozenset([1]): 1}); t(lambda: {{1}}); t(lambda: hash(frozenset([1, 2])) == hash(frozenset([2, 1]))); t(lambda: {1, 2} == frozenset([1, 2]))
t(lambda: sorted({3, 1, 2})); t(lambda: {1}.add([])); t(lambda: {1, 2, 3}.intersection_update({2}) ); t(lambda: {1}.symmetric_difference([1, 2]))
s = {1, 2, 3}
def smut():
    for x in s: s.add(x + 10)
t(smut)
t(lambda: repr(frozenset({1}))); t(lambda: {1: 2}.copy()); t(lambda: dict({1: 2}, x=3)); t(lambda: dict(1)); t(lambda: dict([[1, 2]]))
t(lambda: [k for k in {'b': 1, 'a': 2}]); t(lambda: {}.fromkeys([])); t(lambda: len({1: 1, 1.0: 2, True: 3})); t(lambda: {'a': 1}.items() | {('b', 2)} == {('a', 1), ('b', 2)})
r = {}; r['self'] = r; print(r)
t(lambda: d.__getitem__('a')); t(lambda: del_it())
def del_it():
    dd = {}; del dd['x']
t(lambda: {1: 1}.keys()[0]); t(lambda: set([1]) == [1]); t(lambda: {1} + {2})
