# Pins class hierarchies: super() chains through diamonds, properties with setters/deleters, classmethods/staticmethods as factories, __slots__ inheritance, __init_subclass__, __set_name__, descriptors and abc.
from abc import ABC, abstractmethod


class Registry:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value.upper())


class Shape(ABC):
    registry = {}
    label = Registry()

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls

    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self): ...

    def describe(self):
        return f"{type(self).__name__}({self.name}) area={self.area():.2f}"

    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)

    @staticmethod
    def unit():
        return "m2"


class Rect(Shape, kind="rect"):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self._w, self._h = w, h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v

    @w.deleter
    def w(self):
        self._w = 1

    def area(self):
        return self._w * self._h


class Square(Rect, kind="square"):
    def __init__(self, s):
        super().__init__(s, s, name="square")

    def describe(self):
        return "SQ " + super().describe()


class Circle(Shape, kind="circle"):
    def __init__(self, r):
        super(Circle, self).__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


print(sorted(Shape.registry), Shape.create("square", 3).describe(), Shape.create("circle", 1).describe(), Square.unit())
r = Rect(2, 5)
r.w = 4
print(r.w, r.area())
del r.w
print(r.w, Rect.w.__doc__, type(Rect.__dict__["w"]).__name__)
try:
    r.w = -1
except ValueError as e:
    print("ValueError", e)
try:
    Shape("x")
except TypeError as e:
    print("TypeError", e)
r.label = "big"
print(r.label, Circle(2).label, Rect.label.name, r.__dict__ == {"name": "rect", "_w": 1, "_h": 5, "_label": "BIG"})


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__], super(B, D()).who(), isinstance(D(), C), issubclass(D, (int, A)))


class P:
    __slots__ = ("x",)


class Q(P):
    __slots__ = ("y",)


class R(Q):
    pass


q = Q()
q.x, q.y = 1, 2
rr = R()
rr.x, rr.z = 3, 4
print(q.x + q.y, rr.z, hasattr(q, "__dict__"), hasattr(rr, "__dict__"), sorted(R.__dict__.keys() & {"__dict__", "__slots__"}))
try:
    q.z = 1
except AttributeError as e:
    print("AttributeError", e)


class Counter:
    instances = 0

    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, start=0):
        self.v = start

    @classmethod
    def from_str(cls, s):
        return cls(int(s))

    def __repr__(self):
        return f"{type(self).__qualname__}({self.v})"


class Sub(Counter):
    pass


print(Counter.from_str("5"), Sub.from_str("7"), Counter.instances, Sub.instances, type(Sub.from_str).__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.made_by = "Meta"
        return inst


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


m = M(3)
print(M.tag, m.v, m.made_by, type(M).__name__, M.__class__ is Meta, vars(m))
