# Pins which objects weak references reach: sets, frozensets, classes, generators, modules, functions and bound methods do; lists, dicts, ints, strs and tuples do not (CPython also counts a class's entry in its base's subclass list, so only ">= 1" is printed).
import gc
import math
import weakref


def gen():
    yield 1


class C:
    def m(self):
        pass


def show(name, make):
    o = make()
    died = []
    try:
        r = weakref.ref(o, lambda ref: died.append(name))
    except TypeError as e:
        print(name, "TypeError:", e)
        return
    print(name, "alive:", r() is o, "counted:", weakref.getweakrefcount(o) >= 1)
    del o
    gc.collect()
    print(name, "dead:", r() is None, "callback:", died)


show("set", lambda: {1, 2})
show("frozenset", lambda: frozenset("ab"))
show("class", lambda: type("K", (), {}))
show("generator", gen)
show("function", lambda: (lambda: 0))
show("method", lambda: C().m)
show("list", lambda: [])
show("dict", lambda: {})
show("int", lambda: 12345)
show("str", lambda: "text")
show("tuple", lambda: (1, 2))

r = weakref.ref(math)
print("module:", r() is math, r().__name__)
p = weakref.proxy(C)
print("proxy of a class:", p.__name__)
d = weakref.WeakKeyDictionary()
d[frozenset([1])] = "kept"
print("weak key frozenset:", len(d))
g = gen()
wv = weakref.WeakValueDictionary()
wv["g"] = g
del g
gc.collect()
print("weak value generator gone:", len(wv))
