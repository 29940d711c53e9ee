# Pins abstract properties and classmethods with ABCMeta, and register().
from abc import ABCMeta, abstractmethod
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def size(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Impl(Base):
    @property
    def size(self): return 4
    @classmethod
    def make(cls): return cls()
try:
    Base()
except TypeError as e:
    print('TypeError', e)
print(Impl.make().size)
class Other: pass
Base.register(Other)
print(issubclass(Other, Base), Base.register(Impl) is Impl)
