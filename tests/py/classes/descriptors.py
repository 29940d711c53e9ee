# user descriptors: data vs non-data precedence, __set_name__, access on the class
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class P:
    x = Typed()
    y = NonData()
p = P()
p.x = 5
print(p.x, type(P.x).__name__, P.x.name)
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
print(p.y)
p.__dict__["y"] = "from dict"
print(p.y)
p.__dict__["x"] = "shadow?"
print(p.x)
