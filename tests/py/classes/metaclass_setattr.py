# a metaclass __setattr__ delegating to type.__setattr__; __name__ and __qualname__ assignment
class M(type):
    def __setattr__(cls, k, v):
        print("set", k)
        super().__setattr__(k, v)
class C(metaclass=M): pass
C.x = 5
print(C.x)
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, C)
type.__setattr__(C, "y", 7)
print(C.y)
C.__qualname__ = "Q"
print(C)
