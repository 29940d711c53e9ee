# Pins Enum members: repr, str, format, name/value, aliases, iteration and lookups.
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.GREEN), f'{Color.BLUE}', format(Color.RED, '>12'), repr(Color))
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, Color(2), Color['BLUE'])
print(list(Color), len(Color), list(reversed(Color)), Color.__members__)
print(type(Color.RED).__name__, isinstance(Color.RED, Color), Color.RED in Color, Color.RED.__class__ is Color)
print({Color.RED: 'r'}[Color.CRIMSON], Color.RED == Color.CRIMSON, Color.RED != Color.GREEN, Color.RED == 1)
