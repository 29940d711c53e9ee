# Regression: a class namespace lookup (__classcell__, __slots__, __qualname__, __eq__) that could not make its key left MemoryError pending while the class was built anyway (the collector later met a freed class).
class Base:
    __slots__ = ("x",)
    def __eq__(self, other):
        return True
class Child(Base):
    __slots__ = ("y",)
    def who(self):
        return super().__class__.__name__
print(Child().who(), Child.__qualname__, Child.__hash__ is None)
