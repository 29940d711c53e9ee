# __new__ and __init__: order, arguments, returning another type skips __init__
class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
        self.x = x
a = A(5)
print(a.x)
class Other:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(Other())
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
