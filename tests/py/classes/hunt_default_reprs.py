# default reprs and strs of classes, functions, methods, and builtin types
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
print(repr(A)[:17], str(A)[:17], A.__name__, type(A), type(A()).__name__, type(A.m).__name__, type(A().m).__name__, type(A.c).__name__)
print(repr(int), repr(type), repr(object), repr(len)[:30], repr(None), repr(NotImplemented), repr(Ellipsis), repr(...))
print(type(len).__name__, type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__, type(A.__dict__['s']).__name__)
print(repr(range(3)), repr(range(1, 5, 2)), repr(slice(1, None)), repr(frozenset()), repr(set()), repr(dict()), repr(bytearray()), repr(b''))
print(repr(type(None)), repr(type(...)), repr(type(NotImplemented)), bool(NotImplemented) if False else '', repr(int.__add__)[:30])
print(str(1.0), repr(1.0), str([1.0, 'a']), str(('a',)), str({'a': [None]}), str({1, 2}), repr(-0.0))
print(A.m.__qualname__, A.c.__func__.__qualname__, A.s.__name__, (lambda: 0).__qualname__)
def f(): pass
print(f.__name__, f.__module__, f.__defaults__, f.__doc__, f.__code__.co_name, f.__code__.co_argcount)
print(isinstance(A, type), isinstance(type, type), issubclass(type, object), type(type), object.__base__, int.__base__, bool.__mro__)
print(repr(iter([]))[:14], repr(iter(()))[:15], repr(iter({}))[:24], type(iter(range(3))).__name__, type(iter({}.items())).__name__)
