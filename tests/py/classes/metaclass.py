# metaclasses: __new__, __init__, __call__, __prepare__, inheritance of the metaclass
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["made_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
class A(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
class B(A): pass
print(type(A).__name__, type(B).__name__, A.made_by, A.kw, B.kw)
b = B(3)
print(b.v, isinstance(A, Meta), isinstance(A, type))
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"pre": 1}
class O(metaclass=Ordered):
    x = 2
print(O.pre, O.x)
