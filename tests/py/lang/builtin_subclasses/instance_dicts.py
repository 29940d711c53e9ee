# Pins instance __dict__s of int/str/tuple subclasses: attributes, cycles through them collected, no weak references.
import gc, weakref
class I(int): pass
class S(str): pass
class T(tuple): pass
class Probe:
    def __del__(self): print("probe freed")
for cls, v in ((I, 5), (S, "s"), (T, (1, 2))):
    x = cls(v)
    x.self = x
    x.probe = Probe()
    del x
    print(cls.__name__, "collected", gc.collect() > 0)
y = I(7); y.d = {"k": y}
del y
gc.collect()
class Sub(I): pass
z = Sub(3); z.a = 1
print(z.a, vars(z), Sub.__mro__[1].__name__)
try:
    weakref.ref(I(1))
except TypeError as e:
    print("TypeError:", e)
print("end")
