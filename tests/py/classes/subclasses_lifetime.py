# type.__subclasses__(): direct subclasses only, in creation order, for
# builtin bases too; deleted classes drop out and can still be collected.
import gc
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print([k.__name__ for k in Base.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
print([k.__name__ for k in C.__subclasses__()], A.__subclasses__()[0] is C)
class MyInt(int): pass
class MyList(list): pass
print([k.__name__ for k in int.__subclasses__() if k.__module__ == __name__])
print([k.__name__ for k in list.__subclasses__() if k.__module__ == __name__])
del B
print([k.__name__ for k in Base.__subclasses__()])
del C
gc.collect()
print([k.__name__ for k in Base.__subclasses__()], [k.__name__ for k in A.__subclasses__()])
D = type('D', (Base,), {})
def method(self): return super().method   # a cycle class -> dict -> function -> cell
E = type('E', (Base,), {'method': method})
print([k.__name__ for k in Base.__subclasses__()])
del D, E
gc.collect()
print([k.__name__ for k in Base.__subclasses__()])
class Meta(type): pass
class WithMeta(Base, metaclass=Meta): pass
print([k.__name__ for k in Base.__subclasses__()], type.__subclasses__(Meta), type.__subclasses__(type)[-1] is Meta)
class Seen:
    def __init_subclass__(cls):
        print('init_subclass sees', [k.__name__ for k in Seen.__subclasses__()])
class Child(Seen): pass
try: Base.__subclasses__(1)
except TypeError as e: print('TypeError')
made = [type('T%d' % i, (Base,), {}) for i in range(50)]
print(len(Base.__subclasses__()))
del made
gc.collect()
print(len(Base.__subclasses__()))
