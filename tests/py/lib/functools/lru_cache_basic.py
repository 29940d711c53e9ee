# Pins lru_cache hits/misses in cache_info, cache_clear, and recursion.
from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
i = fib.cache_info()
print(i.hits, i.misses, i.maxsize, i.currsize)
fib.cache_clear()
i = fib.cache_info(); print(i.hits, i.misses, i.currsize)
print(fib.__name__, fib.__wrapped__(10))
