# Pins lru_cache on a method and keys with unhashable arguments.
from functools import lru_cache
class Solver:
    def __init__(self): self.calls = 0
    @lru_cache(maxsize=32)
    def ways(self, n):
        self.calls += 1
        return 1 if n < 2 else self.ways(n - 1) + self.ways(n - 2)
s = Solver(); print(s.ways(30), s.calls)
@lru_cache
def total(t): return sum(t)
print(total((1, 2, 3)), total((1, 2, 3)), total.cache_info().hits)
try:
    total([1, 2])
except TypeError as e:
    print('TypeError', e)
