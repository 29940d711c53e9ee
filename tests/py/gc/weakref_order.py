# Pins the order CPython 3.11 uses for weak references and __del__: by reference counting __del__ runs first and sees its weak references alive; by the collector, weak references are cleared and their callbacks run before any __del__, and a weak reference that is itself garbage runs no callback.
import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "own weakref alive:", self.wr() is not None)


def callback(name):
    return lambda r: print("callback", name, "referent gone:", r() is None)


a = A("rc")
a.wr = weakref.ref(a, callback("rc"))
keep = a.wr
del a
print("--")

b = A("cycle")
b.self = b
b.wr = weakref.ref(b, callback("internal"))   # garbage itself: no callback
outside = weakref.ref(b, callback("outside"))
c = A("partner")
c.other, b.other = b, c
c.wr = weakref.ref(c)
del b, c
print("collected:", gc.collect())
print("outside:", outside())
print("--")

class Resurrect:
    saved = []
    def __del__(self):
        print("__del__ resurrects")
        Resurrect.saved.append(self)

r = Resurrect()
r.loop = r
wr = weakref.ref(r, lambda ref: print("callback for the resurrected"))
del r
gc.collect()
print("weakref after resurrection:", wr())
print("saved:", len(Resurrect.saved))
