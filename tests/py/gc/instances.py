# Pins weak references to instances of classes and __del__ of instances in collected cycles.
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)

gc.collect()
died = []
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda w: died.append("a"))
p = weakref.proxy(b)
print(p.name, weakref.getweakrefcount(a))
del a, b
n = gc.collect()
print(n >= 2, died, ra())
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

class Plain:
    pass

x = Plain()
r = weakref.ref(x, lambda w: print("plain gone"))
del x
print(r())
