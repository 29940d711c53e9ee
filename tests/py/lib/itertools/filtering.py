# Pins compress, dropwhile, takewhile and filterfalse.
from itertools import compress, dropwhile, takewhile, filterfalse
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
it = iter(range(10))
print(list(takewhile(lambda x: x < 3, it)), next(it))
