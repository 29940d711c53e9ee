# Pins islice's stop/start/step forms, consumption and its ValueErrors.
from itertools import islice
s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, 1, 6, 2)), list(islice(s, 10)), list(islice(s, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 5, 3)), next(it))
for args in [(-1,), (1, -1), (0, 5, 0), ('a',)]:
    try:
        islice(s, *args)
    except ValueError as e:
        print('ValueError', e)
