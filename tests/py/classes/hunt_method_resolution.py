# class attribute and method resolution corners: classmethod on instance, staticmethod via instance, super() forms
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    x = 'A.x'
    def m(self): return 'A.m'
    @classmethod
    def cm(cls): return 'cm ' + cls.__name__
    @staticmethod
    def sm(*a): return ('sm', a)
    @property
    def p(self): return 'A.p'
class B(A):
    x = 'B.x'
    def m(self): return 'B.m>' + super().m()
    @classmethod
    def cm(cls): return 'B' + super().cm()
    @property
    def p(self): return 'B.p>' + super().p
b = B()
print(b.m(), B.cm(), b.cm(), b.sm(1), B.sm(), b.p, super(B, b).x, super(B, B).cm(), A.m(b))
t(lambda: super(B, 1)); t(lambda: super(int, b)); t(lambda: super().m())
class C:
    def f(self): return lambda: super().__repr__()[:2] if False else __class__.__name__
print(C().f()())
print(B.__mro__[1].__name__, B.__bases__[0].__name__, A.__subclasshook__ is not None if hasattr(A, '__subclasshook__') else 'nohook')
t(lambda: B.m()); t(lambda: A.p.fget(b)); t(lambda: type(b).m(b)); t(lambda: getattr(b, 'm')()); t(lambda: b.m.__func__ is B.m); t(lambda: b.m.__self__ is b)
print(b.m == b.m, b.m is b.m, B.cm == B.cm, A.__dict__['cm'].__func__(B))
class D:
    __private = 'mangled'
    def get(self): return self.__private
print(D().get(), D._D__private); t(lambda: D().__private)
class E:
    a = 1
    b = a + 1
    c = [a] * 2
    del a
print(E.b, E.c, hasattr(E, 'a'))
class F:
    def __init__(self): self.items = []
    def add(self, x): self.items.append(x); return self
print(F().add(1).add(2).items)
class G:
    cnt = 0
    def inc(self): self.cnt += 1; return self.cnt
g1, g2 = G(), G(); g1.inc(); g1.inc(); print(g1.cnt, g2.cnt, G.cnt)
class H:
    shared = []
h1, h2 = H(), H(); h1.shared.append(1); print(h2.shared)
