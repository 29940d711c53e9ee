# Pins classes as cycle-collector containers: a class whose method uses
# super() is in a cycle (class -> dict -> function -> __class__ cell ->
# class) and is freed by gc.collect(), as are classes in cycles through
# their instances, their subclasses and a heap metaclass.
import gc
import weakref

gc.collect()
died = []


class Base:
    def hello(self):
        return "base"


def make(tag):
    class Derived(Base):
        def hello(self):
            return super().hello() + "/" + tag

    print(Derived().hello())
    return weakref.ref(Derived.hello, lambda w: died.append(tag))


refs = [make("one"), make("two")]
print(all(r() is not None for r in refs))
n = gc.collect()
print(n > 0, sorted(died), [r() for r in refs])

# Class <-> instance: C.default = C().
died.clear()


class Single:
    def get(self):
        return super().__repr__() is not None


Single.default = Single()
print(Single.default.get())
ri = weakref.ref(Single.default, lambda w: died.append("instance"))
rf = weakref.ref(Single.get, lambda w: died.append("method"))
del Single
print(gc.collect() > 0, sorted(died), ri(), rf())

# Base <-> subclass: the base's dict refers to its subclass.
died.clear()


class Parent:
    def who(self):
        return "parent"


class Child(Parent):
    def who(self):
        return "child of " + super().who()


Parent.child = Child
print(Child().who())
rp = weakref.ref(Parent.who, lambda w: died.append("Parent"))
rc = weakref.ref(Child.who, lambda w: died.append("Child"))
del Parent, Child
print(gc.collect() > 0, sorted(died))

# A heap metaclass: its classes refer to it, it refers to one of them.
died.clear()


class Meta(type):
    def describe(cls):
        return "meta of " + cls.__name__


class WithMeta(metaclass=Meta):
    def m(self):
        return super().__class__.__name__


Meta.last = WithMeta
print(WithMeta.describe(), WithMeta().m())
rm = weakref.ref(Meta.describe, lambda w: died.append("Meta"))
rw = weakref.ref(WithMeta.m, lambda w: died.append("WithMeta"))
del Meta, WithMeta
print(gc.collect() > 0, sorted(died))

# Many classes in a loop: none survives a collection.
died.clear()
refs = []
for i in range(200):
    class Tmp(Base):
        def hello(self):
            return super().hello()
    refs.append(weakref.ref(Tmp.hello, lambda w: died.append(1)))
del Tmp
gc.collect()
print(len(died), sum(r() is None for r in refs))

# An instance whose __del__ uses its class while the cycle is collected.
died.clear()


def cyc():
    class Fin:
        def __del__(self):
            died.append(type(self).__name__ + ":" + super().__repr__()[:5])

    f = Fin()
    f.self = f
    Fin.keep = f


cyc()
gc.collect()
print(died)

# A live class is untouched by collections.
print(Base().hello(), gc.is_tracked(Base), gc.is_tracked(int))
