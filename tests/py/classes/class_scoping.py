# class body scoping: names, nested classes, comprehension scope, __qualname__
x = "global"
class Outer:
    x = "class"
    y = x + "!"
    class Inner:
        def m(self): return type(self).__qualname__
    vals = [x for _ in range(1)]
print(Outer.y, Outer.Inner().m(), Outer.vals, Outer.Inner.__qualname__)
def factory(n):
    class Local:
        k = n
        def get(self): return n * 2
    return Local
L = factory(21)
print(L.k, L().get(), L.__qualname__)
