# generators, send/throw/close, yield from
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None: i = got
        else: i += 1
    return 'end'
g = counter(5); print(next(g), g.send(3), next(g))
try: next(g)
except StopIteration as s: print('stop', s.value)
t(lambda: next(g)); t(lambda: counter(2).send(5))
def sub():
    x = yield 1
    print('sub got', x)
    yield 2
    return 'subret'
def outer():
    r = yield from sub()
    print('outer got', r)
    yield 3
print(list(outer()))
o = outer(); print(next(o), o.send('hi'), next(o))
def thrower():
    try: yield 1
    except ValueError as e: print('caught', e); yield 'recovered'
th = thrower(); next(th); print(th.throw(ValueError('boom')))
t(lambda: th.throw(KeyError('k')))
def genret():
    yield 1
    return 5
t(lambda: list(genret()))
ge = (x * x for x in range(4)); print(list(ge), list(ge))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in 'a bb ccc'.split()))
def running():
    g = (i for i in range(3)); next(g)
    return g.gi_running, g.__name__
t(running)
def selfref():
    yield next(me)
me = selfref(); t(lambda: next(me))
def stopinside():
    yield 1
    raise StopIteration('x')
t(lambda: list(stopinside()))
def closing():
    try:
        yield 1
    except GeneratorExit:
        print('genexit'); raise
c = closing(); next(c); c.close(); c.close(); print('ok')
def bad_close():
    try: yield 1
    except GeneratorExit: yield 2
b = bad_close(); next(b); t(lambda: b.close())
import itertools
print(list(itertools.islice(counter(100), 3)))
def fib():
    a, b = 0, 1
    while True: yield a; a, b = b, a + b
print([x for _, x in zip(range(10), fib())])
gen = iter(range(3)); print(list(zip(gen, gen)))
def deleg():
    yield from [1, 2]
    yield from 'ab'
    yield from range(2)
print(list(deleg()))
t(lambda: next(iter([])))
print(type(x for x in []).__name__, repr(iter([]))[:14])
def lazy():
    print('started'); yield
lz = lazy(); print('created'); next(lz)
