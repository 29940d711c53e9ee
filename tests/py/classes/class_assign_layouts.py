# obj.__class__ = Other: allowed between classes whose instances have the
# same layout (same __slots__, both with or both without __dict__);
# methods, isinstance and the classes' lifetimes follow the object.
import gc
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
    def __repr__(self): return '<B %s>' % self.__dict__
a = A(); a.x = 1
a.__class__ = B
print(a.who(), isinstance(a, B), isinstance(a, A), a.x, a)
a.__class__ = A
print(a.who(), type(a).__name__)
class S1: __slots__ = ('x',)
class S2: __slots__ = ('x',)
class S3: __slots__ = ('y',)
class S4: __slots__ = ('x', 'y')
s = S1(); s.x = 5
s.__class__ = S2
print(type(s).__name__, s.x)
t(lambda: setattr(s, '__class__', S3))
t(lambda: setattr(s, '__class__', S4))
t(lambda: setattr(s, '__class__', A))
t(lambda: setattr(A(), '__class__', S1))
t(lambda: delattr(a, '__class__'))
t(lambda: setattr(a, '__class__', 'B'))
t(lambda: setattr(a, '__class__', int))
t(lambda: setattr([], '__class__', A))
class L1(list): pass
class L2(list): pass
t(lambda: setattr(L1(), '__class__', L2))
class I1(int): pass
class I2(int): pass
t(lambda: setattr(I1(3), '__class__', I2))
class Sub(A): pass
o = Sub(); o.__class__ = A; print(type(o).__name__, o.who())
# the old class can go once its last instance moved away
def make():
    class Temp:
        def who(self): return 'Temp'
    return Temp()
objs = [make() for i in range(20)]
for o in objs:
    o.__class__ = B
gc.collect()
print(sorted({type(o).__name__ for o in objs}), len(A.__subclasses__()))
class WithDel:
    def __del__(self): print('del', type(self).__name__)
class WithDel2:
    def __del__(self): print('del2', type(self).__name__)
w = WithDel(); w.__class__ = WithDel2
del w
print('end')
for base in (tuple, str, bytes, int, float, dict, Exception, set, list):
    X = type('X', (base,), {}); Y = type('Y', (base,), {})
    x = X()
    t(lambda: setattr(x, '__class__', Y))
    print(base.__name__, type(x).__name__, x == base())
