# __delete__ on a data descriptor
class D:
    def __get__(self, o, t=None): return "got"
    def __set__(self, o, v): print("set", v)
    def __delete__(self, o): print("delete")
class C:
    a = D()
c = C()
c.a = 3
del c.a
print(c.a)
