# Pins itemgetter, attrgetter (dotted, several) and methodcaller, with reprs.
from operator import itemgetter, attrgetter, methodcaller
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)('xyz'), itemgetter('k')({'k': 5}))
class P:
    def __init__(self, n, c): self.name, self.child = n, c
p = P('p', P('q', None))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(methodcaller('split', ',')('a,b'), methodcaller('rjust', 5, '*')('ab'), methodcaller('get', 'x', 0)({}))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('a.b', 'c'), methodcaller('f', 1, k=2))
try:
    attrgetter('nope')(p)
except AttributeError as e:
    print('AttributeError', e)
