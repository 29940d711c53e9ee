# staticmethod and classmethod, through the class, instances and subclasses
class Base:
    count = 0
    @staticmethod
    def add(a, b): return a + b
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls(*args)
    @classmethod
    def name(cls): return cls.__name__
class Sub(Base):
    def __init__(self, v=0): self.v = v
print(Base.add(1, 2), Base().add(3, 4), Sub.add(5, 6))
s = Sub.make(9)
print(type(s).__name__, s.v, Sub.count, Base.count, Sub.name(), Base.name(), s.name())
sm = staticmethod(len)
print(sm.__func__ is len)
