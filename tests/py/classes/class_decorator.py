# class decorators and methods added after class creation
def add_greet(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls
@add_greet
class G:
    pass
print(G().greet())
def twice(self): return self.v * 2
class H:
    def __init__(self): self.v = 4
H.twice = twice
print(H().twice())
H.__repr__ = lambda self: "H!"
print(H(), repr(H()))
