# Pins weakref.ref callbacks when the referent dies by reference counting and by the cycle collector.
import gc
import weakref

log = []

def cb(tag):
    def callback(wr):
        log.append((tag, wr() is None))
    return callback

def f():
    return 1

r1 = weakref.ref(f, cb("one"))
r2 = weakref.ref(f, cb("two"))
plain = weakref.ref(f)
print(plain is weakref.ref(f), r1 is r2, weakref.getweakrefcount(f))
print(r1() is f, r1 == r2, r1 == plain, hash(r1) == hash(f))
print(len(weakref.getweakrefs(f)), r1.__callback__ is not None, plain.__callback__)
del f
print("refcount death:", log, plain(), r1.__callback__)
log.clear()

def make_cycle():
    def g():
        return 2
    g.me = g
    return weakref.ref(g, cb("cycle"))

r3 = make_cycle()
print("before collect:", r3() is not None, log)
gc.collect()
print("after collect:", r3() is None, log)

# A weak reference that dies before its referent: no callback.
log.clear()
def h():
    pass
r4 = weakref.ref(h, cb("never"))
del r4
del h
print("dead reference:", log)

# A callback that raises is reported, and the program goes on.
def k():
    pass
print(weakref.getweakrefcount(k), weakref.getweakrefs(k))
print(type(weakref.ref(k)) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash(weakref.ref(make_cycle))
    dead = make_cycle()
    gc.collect()
    hash(dead)
except TypeError as e:
    print("TypeError:", e)
