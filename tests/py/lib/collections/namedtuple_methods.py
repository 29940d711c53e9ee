# Pins namedtuple _replace/_make, defaults, rename and string field names.
from collections import namedtuple
P = namedtuple('P', 'a, b c', defaults=[0, 9])
print(P(1), P(1, 2), P(1, 2, 3), P._field_defaults)
print(P(1)._replace(c=5), P._make(range(3)))
R = namedtuple('R', ['ok', 'def', '_x', 'ok'], rename=True)
print(R._fields, R(1, 2, 3, 4))
try:
    P(1)._replace(zz=1)
except ValueError as e:
    print('ValueError', e)
