# Pins auto() numbering after explicit values and the unique decorator.
from enum import Enum, auto, unique
class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
print(list(Step), [s.value for s in Step])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)
@unique
class Fine(Enum):
    X = 'x'
    Y = 'y'
print(list(Fine), Fine('y'))
