# Pins IntEnum members as ints: arithmetic, comparisons, str and format.
from enum import IntEnum
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(repr(Prio.LOW), str(Prio.HIGH), f'{Prio.HIGH}', Prio.LOW + 1, Prio.HIGH > Prio.LOW, Prio.LOW == 1)
print(sorted([Prio.HIGH, Prio.LOW]), isinstance(Prio.LOW, int), Prio(3), [1, 2, 3, 4][Prio.HIGH])
