# __init_subclass__ with class keywords; a registry of subclasses
registry = []
class Plugin:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, tag))
class A(Plugin): pass
class B(Plugin, tag="bee"): pass
class C(B): pass
print(registry)
try:
    class D(tag="x"): pass
except TypeError as e:
    print("TypeError:", e)
