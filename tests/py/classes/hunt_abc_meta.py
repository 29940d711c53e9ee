# abc abstract classes and metaclasses (__new__, __call__, __prepare__ less)
import abc
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name()} {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return 'square'
class Half(Shape):
    def area(self): return 0
t(lambda: Shape()); t(lambda: Half()); print(Sq(3).describe(), isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__))
class Reg(type):
    registry = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __call__(cls, *a):
        print('creating', cls.__name__, a)
        return super().__call__(*a)
class Plugin(metaclass=Reg):
    def __init__(self, x=0): self.x = x
class P2(Plugin): pass
print(Reg.registry, P2(5).x, type(P2) is Reg, isinstance(P2, type))
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst: cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Cfg(metaclass=Single): pass
print(Cfg() is Cfg())
class Iface(abc.ABC): pass
Iface.register(int); print(isinstance(3, Iface), issubclass(bool, Iface), issubclass(str, Iface))
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return True if hasattr(C, '__len__') else NotImplemented
print(isinstance([], Sized), isinstance(3, Sized))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance((x for x in []), cabc.Iterator), isinstance(3, cabc.Hashable), issubclass(dict, cabc.MutableMapping))
