# isinstance/issubclass call a metaclass's own __instancecheck__/__subclasscheck__
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int

class Fancy(metaclass=Meta):
    pass

print(isinstance(42, Fancy), isinstance(41, Fancy), isinstance(Fancy(), Fancy))
print(issubclass(int, Fancy), issubclass(str, Fancy), issubclass(Fancy, Fancy))
print(isinstance(3, (str, Fancy)), isinstance(42, (str, Fancy)), issubclass(int, (str, Fancy)))

class Plain:
    pass

print(isinstance(Plain(), Plain), issubclass(Plain, object))

class Loud(type):
    def __instancecheck__(cls, inst):
        raise RuntimeError("checked")

class L(metaclass=Loud):
    pass

try:
    isinstance(1, L)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    raise ValueError("v")
except (Fancy, ValueError) as e:
    print("caught", type(e).__name__)
