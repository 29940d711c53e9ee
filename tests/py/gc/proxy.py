# Pins weakref.proxy: attribute forwarding, calls, and ReferenceError once the referent is gone.
import gc
import weakref

def f(x):
    return x * 2

f.attr = "hello"
p = weakref.proxy(f)
print(p.attr, p(21), p.__name__)
p.other = 5
print(f.other)
print(weakref.proxy(f) is p, weakref.getweakrefcount(f))
called = []
p2 = weakref.proxy(f, lambda w: called.append("cb"))
print(p2 is p, weakref.getweakrefcount(f))
del f
print(called)
for action in (lambda: p.attr, lambda: p(1), lambda: setattr(p, "x", 1), lambda: str(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
