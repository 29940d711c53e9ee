# builtins: sorted/min/max key/default, zip strict, enumerate, map/filter, iter sentinel
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: min([3, 1, 2], key=lambda x: -x)); t(lambda: max('ab', 'c', key=len)); t(lambda: min([], default=None)); t(lambda: max([])); t(lambda: min())
t(lambda: max(1, 2, default=0)); t(lambda: min(5)); t(lambda: max([1, 2], [3])); t(lambda: min('')); t(lambda: max(iter([]), default='d'))
t(lambda: max([(1, 'b'), (1, 'a')])); t(lambda: min([1, 1.0, True])); t(lambda: max(1, 'a')); t(lambda: max([1], key=None)); t(lambda: min(1, 2, key=None, default=3))
t(lambda: list(zip([1, 2], 'ab', strict=True))); t(lambda: list(zip([1, 2], 'a', strict=True))); t(lambda: list(zip([1], 'ab', strict=True))); t(lambda: list(zip([1], 'ab', 'c', strict=True)))
t(lambda: list(zip())); t(lambda: list(zip(1))); t(lambda: list(enumerate('ab', 5))); t(lambda: list(enumerate('ab', start=-1))); t(lambda: enumerate('a', 'x'))
t(lambda: list(map(lambda a, b: a * b, [1, 2, 3], [4, 5]))); t(lambda: list(map(None, [1]))); t(lambda: list(filter(None, [0, 1, '', 'a', None]))); t(lambda: list(filter(str.isdigit, 'a1b2')))
t(lambda: map(1)); t(lambda: list(map(int, ['1', 'x'])))
t(lambda: any([])); t(lambda: all([])); t(lambda: any(x > 2 for x in [1, 3])); t(lambda: all([1, 0])); t(lambda: any(5))
t(lambda: sum([1, 2], 10)); t(lambda: sum([[1], [2]], [])); t(lambda: sum(['a', 'b'], '')); t(lambda: sum([0.1] * 10)); t(lambda: sum([1, 2.5, 3j])); t(lambda: sum([], start=5)); t(lambda: sum([b'a'], b''))
t(lambda: isinstance(1, (str, (int, float)))); t(lambda: isinstance(1, [int])); t(lambda: issubclass(bool, (int,))); t(lambda: issubclass(1, int)); t(lambda: isinstance(True, int))
t(lambda: getattr(1, 'nope', 'dflt')); t(lambda: getattr(1, 'nope')); t(lambda: getattr(1, 5)); t(lambda: hasattr(1, 'real'))
class K:
    cls_attr = 1
    def __init__(self): self.a = 1; self.b = 2
    def meth(self): pass
t(lambda: vars(K())); t(lambda: vars(1)); t(lambda: [n for n in dir(K()) if not n.startswith('__')]); t(lambda: sorted(vars(K).keys() - {'__dict__', '__weakref__', '__module__', '__doc__', '__qualname__'}))
it = iter([1, 2, 3, 0, 5]).__next__
t(lambda: list(iter(it, 0))); t(lambda: iter(5, 0)); t(lambda: next(iter([]), 'end')); t(lambda: next([])); t(lambda: next(iter('a'), None, 1))
cnt = [0]
def tick():
    cnt[0] += 1; return cnt[0]
t(lambda: list(iter(tick, 4)))
t(lambda: list(reversed(range(5)))); t(lambda: list(reversed('abc'))); t(lambda: list(reversed({1: 2, 3: 4}.items()))); t(lambda: reversed(iter([1])))
t(lambda: divmod(True, 2)); t(lambda: abs(True)); t(lambda: round(True)); t(lambda: pow(True, 2)); t(lambda: chr(9731)); t(lambda: ord('')); t(lambda: ord('ab')); t(lambda: chr(-1))
t(lambda: bool([])); t(lambda: bool('0')); t(lambda: callable(len)); t(lambda: ascii('é\n')); t(lambda: repr('\x00\t\'"')); t(lambda: repr("it's")); t(lambda: repr('a"b\'c'))
t(lambda: format(5, 'b')); t(lambda: bin(-5)); t(lambda: int.__name__); t(lambda: type(1)(2)); t(lambda: type('a', (), {})); t(lambda: type(1, 2))
t(lambda: sorted('bca', key=None, reverse=False)); t(lambda: sorted([], reverse=True)); t(lambda: sorted(3)); t(lambda: sorted([1, 2], 1))
t(lambda: list(range(0, 10, 3))[::-1]); t(lambda: range(10)[2:8:2]); t(lambda: range(5).index(3)); t(lambda: range(5).index(9)); t(lambda: range(0)); t(lambda: range(1, 2, 0))
t(lambda: slice(1, 2).indices(10)); t(lambda: slice(None, None, -1).indices(5)); t(lambda: hash(slice(1)) if False else slice(1)); t(lambda: len(range(-5)))
t(lambda: list(zip(*[[1, 2], [3, 4]]))); t(lambda: dict(enumerate('ab'))); t(lambda: hex(id) if False else 'x'); t(lambda: list(map(str, range(3))))
t(lambda: max(range(3), key=lambda x: -x)); t(lambda: min({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get)); t(lambda: sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
t(lambda: int.from_bytes(b'\xff', 'big', signed=True)); t(lambda: print('a', 'b', sep='-', end='!\n')); t(lambda: print(1, sep=5)); t(lambda: len(5))
t(lambda: abs('x')); t(lambda: round(2.5, 'x')); t(lambda: divmod('a', 1)); t(lambda: complex('1+2j')); t(lambda: complex('1 + 2j')); t(lambda: complex(1, 2) == 1 + 2j)
