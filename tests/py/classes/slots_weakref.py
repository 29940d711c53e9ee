# __weakref__ in __slots__ and on plain classes, and the slot errors CPython gives.
import weakref, gc
class W:
    __slots__ = ("a", "__weakref__")
w = W(); w.a = 1
r = weakref.ref(w)
print(r() is w, w.__weakref__ is r, W.__weakref__.__class__.__name__)
del w; gc.collect(); print(r())
class C:
    pass
c = C()
print(c.__weakref__)
r2 = weakref.ref(c)
print(c.__weakref__ is r2, "__weakref__" in C.__dict__, sorted(k for k in C.__dict__ if k.startswith("__w")))
class D(C):
    pass
print("__weakref__" in D.__dict__, D().__weakref__)
class S:
    __slots__ = ("x",)
try:
    weakref.ref(S())
except TypeError as e:
    print("TypeError:", e)
class B:
    __slots__ = ("__weakref__", "__dict__")
b = B(); b.q = 2; print(weakref.ref(b)() is b, vars(b))
for spec in [("__weakref__",), ("__weakref__", "__weakref__")]:
    try:
        class E(W):
            __slots__ = spec
    except TypeError as e:
        print("TypeError:", e)
class F(C):
    pass
for base in (C, B):
    try:
        class G(base):
            __slots__ = ("__dict__",)
    except TypeError as e:
        print("TypeError:", e)
try:
    class H:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError:", e)
class K:
    __slots__ = ("__dict__",)
k = K(); k.z = 1; print(vars(k))
try:
    weakref.ref(k)
except TypeError as e:
    print("TypeError:", e)
