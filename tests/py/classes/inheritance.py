# single inheritance: overriding, inherited methods, __mro__, __bases__
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
print(Dog("rex").speak(), Puppy("bit").speak())
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, Animal.__bases__)
print(isinstance(Puppy("x"), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
