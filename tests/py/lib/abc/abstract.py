# Pins ABC instantiation errors for one and several abstract methods.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Half(Shape):
    def area(self): return 1
class Square(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return 'square'
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
sq = Square(3); print(sq.area(), sq.name(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
