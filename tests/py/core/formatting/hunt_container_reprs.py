# string formatting of containers and numbers inside containers, str() vs repr() propagation
class R:
    def __repr__(self): return 'R!'
    def __str__(self): return 'S!'
print([R()], (R(),), {R(): R()} if False else {1: R()}, {R()} if False else '', str([R()]), f'{[R()]}', '%s' % [R()])
print([1.0, -0.0, 1e-7, float('inf')], (1 / 3,), {'k': 2.5e20}, [True, None, ...], [b'x', bytearray(b'y')], [1j, -1j])
print(['a\nb', "q'uote", 'd"q'], {'é': 'ü'}, ('\t',), ['\\'])
print(repr([[]] * 2), repr(((),)), repr([{}]), repr({(): ()}), repr(set([()])), repr(frozenset([1])))
print(str(range(0)), str(slice(None, 5)), str(type), str(int.__add__)[:25], str(NotImplemented), str(Ellipsis))
import collections
print(collections.deque([1, 'a']), collections.OrderedDict([(1, 'a')]), collections.Counter('aab'), collections.defaultdict(int, {'a': 1}))
Point = collections.namedtuple('Point', ['x', 'y']); print([Point(1, 2)], {Point(1, 2): 3})
print(repr(1e22), repr(1e21), repr(123456789012345678901234567890.0), repr(0.000001), repr(0.0000001), repr(-1e-300 * 1e-300))
print(f'{[1, 2]!s:>12}|', f'{(1,)!r}', '{!r}'.format({'a'}), format([1], ''), format((1, 2), ''))
