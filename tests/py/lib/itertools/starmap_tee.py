# Pins starmap, tee's independent iterators, and zip_longest.
from itertools import starmap, tee, zip_longest
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(z), list(y), tee([], 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', range(3))), list(zip_longest()))
