# Pins range iterators: independent iterators, next after exhaustion, using range in for/sum/zip.
r = range(3)
a, b = iter(r), iter(r)
print(next(a), next(a), next(b), list(a), list(b), list(r))
it = iter(range(1))
print(next(it), next(it, "done"))
print(sum(range(101)), sum(range(1, 10, 2)), list(zip(range(3), range(10, 13))))
print(min(range(5, 0, -1)), max(range(-3, 3)), sorted(range(3), reverse=True))
