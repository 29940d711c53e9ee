# Pins namedtuple's validation and call errors.
from collections import namedtuple
for args in [('P', 'a def'), ('P', 'a a'), ('P', '_a'), ('1P', 'a'), ('P', 'a 1b')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError', e)
P = namedtuple('P', 'a b')
for call in [lambda: P(1), lambda: P(), lambda: P(1, 2, 3), lambda: P(1, a=2), lambda: P(1, c=2),
             lambda: P._make([1])]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
