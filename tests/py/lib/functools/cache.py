# Pins functools.cache memoising a function with keyword arguments.
from functools import cache
n = 0
@cache
def slow(a, *, k=1):
    global n
    n += 1
    return a * k
print(slow(3), slow(3), slow(3, k=2), slow(3, k=2), n)
@cache
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
