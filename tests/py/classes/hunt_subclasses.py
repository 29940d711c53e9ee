# type.__subclasses__() lists the direct subclasses in definition order
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A): pass
print([k.__name__ for k in Base.__subclasses__()], [k.__name__ for k in A.__subclasses__()], C.__subclasses__())
