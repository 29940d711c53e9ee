# a class statement: attributes, methods, instances, repr of class and type
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
a = A(5)
print(a.get(), A.x, a.x, a.v)
print(A, type(a), type(a) is A, type(A))
print(A.__name__, A.__qualname__, A.__module__)
print(repr(a).startswith("<__main__.A object at 0x"))
print(str(a) == repr(a))
