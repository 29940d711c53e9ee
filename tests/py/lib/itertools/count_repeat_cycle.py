# Pins count, repeat and cycle, with repr of count and repeat.
from itertools import count, repeat, cycle, islice
print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)))
c = count(3); next(c); print(c, count(1, 2), count(0.5))
print(list(repeat('x', 3)), list(repeat(1, -1)), repeat('a', 2))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(map(pow, range(4), repeat(2))))
