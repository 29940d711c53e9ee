# properties, classmethods, staticmethods, slots, super
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError('neg')
        self._x = v
    @x.deleter
    def x(self): print('deleting'); del self._x
    @property
    def ro(self): return 'ro'
p = P(); p.x = 5; print(p.x)
t(lambda: setattr(p, 'x', -1)); t(lambda: setattr(p, 'ro', 1)); del p.x; t(lambda: p.x)
t(lambda: delattr(p, 'ro')); print(type(P.x).__name__, P.x.fget.__name__, P.ro.fset)
class C:
    count = 0
    @classmethod
    def make(cls, *a): cls.count += 1; return cls, a
    @staticmethod
    def st(a, b=2): return a + b
class D(C): pass
print(C.make(1)[0].__name__, D.make()[0].__name__, C.count, D.count, C.st(1), C().st(3, 4), D.st(0))
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
t(lambda: s.b); t(lambda: setattr(s, 'c', 3)); t(lambda: s.__dict__); print(S.__slots__, hasattr(s, 'a'))
class S2(S):
    __slots__ = ('c',)
s2 = S2(); s2.c = 3; print(s2.a, s2.c)
class S3(S): pass
s3 = S3(); s3.z = 9; print(s3.z, s3.__dict__)
class A:
    def who(self): return 'A'
    def __init__(self): print('A init')
class B(A):
    def who(self): return 'B' + super().who()
    def __init__(self): super().__init__(); print('B init')
class Cc(A):
    def who(self): return 'C' + super().who()
class Dd(B, Cc):
    def who(self): return 'D' + super().who()
print(Dd().who(), [k.__name__ for k in Dd.__mro__], Dd.mro() == list(Dd.__mro__))
print(super(B, Dd()).who())
t(lambda: type('X', (A, A), {}))
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag
class Kid(Base, tag='k'): pass
print(Kid.tag)
class WithCls:
    def m(self): return __class__.__name__
print(WithCls().m())
t(lambda: C.make.__self__.__name__); t(lambda: type(C.__dict__['st']).__name__); t(lambda: C.__dict__['st'](5))
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return f'get {self.name}'
    def __set__(self, obj, v): obj.__dict__['_' + self.name] = v
class UseD:
    f = Desc()
u = UseD(); print(u.f, type(UseD.f).__name__); u.f = 3; print(u.__dict__)
class NonData:
    def __get__(self, o, t=None): return 'nondata'
class UN:
    g = NonData()
un = UN(); print(un.g); un.g = 'inst'; print(un.g)
print(C.__name__, C.__qualname__, C.__module__, type(C).__name__, C.__bases__, D.__base__.__name__)
class Outer:
    class Inner: pass
print(Outer.Inner.__qualname__)
t(lambda: object().x); t(lambda: setattr(object(), 'x', 1)); t(lambda: P().nope)
class Abstract:
    def m(self): raise NotImplementedError('subclass must')
t(lambda: Abstract().m())
