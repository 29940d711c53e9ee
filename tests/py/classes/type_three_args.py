# type(name, bases, dict) makes a class
def hello(self):
    return "hello " + self.name
T = type("T", (), {"name": "t", "hello": hello})
print(T, T.__name__, T().hello(), T.__bases__)
U = type("U", (T,), {"name": "u"})
print(U().hello(), U.__mro__)
print(type(T), type(3), type("s") is str)
