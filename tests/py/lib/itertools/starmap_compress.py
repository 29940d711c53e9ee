# Pins starmap with zip, and compress with generated selectors.
from itertools import starmap, compress, count
print(list(starmap(lambda a, b, c: a * b + c, [(1, 2, 3), (4, 5, 6)])))
print(list(starmap(max, [[1, 5], [7, 2]])))
primes = [n for n in range(2, 30) if all(n % d for d in range(2, n))]
print(list(compress(range(30), (n in primes for n in range(30)))))
print(list(starmap(divmod, zip(range(10, 14), count(3)))))
