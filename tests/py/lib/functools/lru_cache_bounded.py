# Pins lru_cache eviction order with a small maxsize and typed keys.
from functools import lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 2, 1, 1]:
    sq(x)
print(calls)
i = sq.cache_info(); print(i.hits, i.misses, i.maxsize, i.currsize)
@lru_cache(typed=True)
def ident(x):
    calls.append(('t', x))
    return x
ident(1); ident(1.0); ident(1)
print(calls[-2:], ident.cache_info().currsize)
@lru_cache
def plain(a, b=2):
    return a + b
print(plain(1), plain(1, b=3), plain(a=1), plain.cache_info().misses, plain.cache_parameters())
