# Pins methods, properties, classmethods and _missing_ on an Enum.
from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.heaviest())
class Level(Enum):
    LOW = 1
    HIGH = 2
    @classmethod
    def _missing_(cls, value):
        return cls.HIGH if isinstance(value, int) and value > 2 else None
print(Level(9), Level(1))
try:
    Level('x')
except ValueError as e:
    print('ValueError', e)
