# Pins object.__dir__: a class's __dir__ extending super().__dir__(), object.__dir__ called directly, dir() sorting a custom list, and module and int dirs.
class A:
    x = 1
    def __init__(self): self.y = 2
    def __dir__(self):
        return super().__dir__() + ["virtual"]
a = A()
print([n for n in dir(a) if not n.startswith("__")], "virtual" in a.__dir__(), type(object.__dir__(a)).__name__)
class B:
    def __dir__(self):
        return ["b", "a"]
print(dir(B()), [n for n in object.__dir__(B()) if not n.startswith("_")], "__dir__" in dir(object))
import types
m = types.ModuleType("m"); m.z = 1
print(dir(m), [n for n in dir(3) if n == "__dir__"])
