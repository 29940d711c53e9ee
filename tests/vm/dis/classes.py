# Class bodies: names, __class__ cell, super(), annotations, mangling.
class Base:
    """A docstring."""
    size: int = 4

    def __init__(self, v):
        self.__v = v

class Child(Base, metaclass=type):
    def __init__(self, v):
        super().__init__(v)
        self.extra = [i for i in range(v) if i % 2]

    @property
    def value(self):
        return __class__, self._Base__v
