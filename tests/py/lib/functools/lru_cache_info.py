# Pins the CacheInfo values as a tuple, maxsize=0, and negative maxsize.
from functools import lru_cache
@lru_cache(maxsize=0)
def f(x): return x
f(1); f(1)
print(tuple(f.cache_info()))
@lru_cache(maxsize=-5)
def g(x): return x
g(2); g(2); print(tuple(g.cache_info()))
@lru_cache(maxsize=3)
def h(x): return x * 2
for x in [1, 2, 3, 4, 1, 2, 5]:
    h(x)
print(tuple(h.cache_info()))
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
