# iterator protocol details: exhausted iterators, iter() of iterators, itertools
import itertools
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
it = iter([1, 2, 3]); print(iter(it) is it, next(it), list(it), list(it), next(it, 'done'))
m = map(str, [1, 2]); print(next(m), list(m)); z = zip('ab', 'cd'); print(list(z), list(z))
e = enumerate('xy'); print(next(e), list(e)); r = reversed([1, 2]); print(next(r), list(r))
d = {'a': 1}; di = iter(d); d['b'] = 2
t(lambda: next(di))
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
print(list(itertools.chain([1], 'ab')), list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.accumulate([1, 2, 3])))
print(list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations('abc', 2)))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')], list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.zip_longest('ab', [1], fillvalue='-')), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.repeat('x', 3)), list(itertools.compress('abc', [1, 0, 1])))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.combinations_with_replacement('ab', 2)), list(itertools.pairwise('abc')))
t(lambda: list(itertools.islice('abc', -1))); t(lambda: list(itertools.tee([1, 2], 2)[1])); t(lambda: list(itertools.filterfalse(None, [0, 1, 2])))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
c = Countdown(3); print(list(c), list(c), 2 in Countdown(3), sorted(Countdown(4)))
g = (i for i in range(3)); print(1 in g, list(g))
t(lambda: next(5)); t(lambda: iter(None)); t(lambda: list(iter(lambda: 1, 1))); t(lambda: iter([], 1))
r = range(3); print(list(zip(r, r)), list(map(lambda a, b: a + b, r, r)))
