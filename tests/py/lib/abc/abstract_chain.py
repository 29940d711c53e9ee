# Pins abstract methods inherited through several levels and overridden at the last one.
from abc import ABC, abstractmethod
class Animal(ABC):
    @abstractmethod
    def sound(self): ...
    def speak(self): return f'{type(self).__name__} says {self.sound()}'
class Pet(Animal):
    @abstractmethod
    def name(self): ...
class Dog(Pet):
    def sound(self): return 'woof'
    def name(self): return 'rex'
for cls in (Animal, Pet):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Dog().speak(), sorted(Pet.__abstractmethods__), len(Dog.__abstractmethods__))
