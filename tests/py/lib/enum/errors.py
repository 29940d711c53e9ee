# Pins Enum lookup errors, extending an enum with members, and ordering comparisons.
from enum import Enum
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
try:
    Shape(7)
except ValueError as e:
    print('ValueError', e)
try:
    Shape['OVAL']
except KeyError as e:
    print('KeyError', e)
try:
    class More(Shape):
        TRIANGLE = 4
except TypeError as e:
    print('TypeError', e)
try:
    Shape.SQUARE < Shape.CIRCLE
except TypeError as e:
    print('TypeError', e)
