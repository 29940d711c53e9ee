# Pins that mutable defaults persist across calls, including dict defaults used as caches.
def memo(n, cache={}):
    if n in cache:
        return cache[n], "cached"
    cache[n] = n * n
    return cache[n], "computed"
print(memo(3), memo(3), memo(4), sorted(memo.__defaults__[0].items()))
def counter(_state=[0]):
    _state[0] += 1
    return _state[0]
print(counter(), counter(), counter())
def f(x, seen=set()):
    dup = x in seen
    seen.add(x)
    return dup
print([f(v) for v in [1, 2, 1, 3, 2]])
