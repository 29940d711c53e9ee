# Pins product with several inputs and repeat, and its order.
from itertools import product
print(list(product('ab', range(2))))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product('ab', [])), len(list(product(range(3), repeat=4))))
print([''.join(p) for p in product('xy', 'z', 'uv')])
try:
    product('a', repeat=-1)
except ValueError as e:
    print('ValueError', e)
