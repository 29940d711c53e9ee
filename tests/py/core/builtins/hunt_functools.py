# functools: lru_cache, partial, reduce, wraps, singledispatch, cached_property
import functools
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x): print('compute', x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
p = functools.partial(int, base=2); print(p('101'), p.func is int, p.args, p.keywords)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, 2); print(add3(3)); t(lambda: add3())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 'init')); t(lambda: functools.reduce(max, []))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return w
@deco
def documented(x):
    """Original doc."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(4))
@functools.singledispatch
def show(x): return 'object'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([1]), show('s'), show(True))
class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self): print('computing'); return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area, 'area' in vars(c))
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
