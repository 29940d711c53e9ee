# Pins dir() of a simple object/module (sorted, filtered to non-dunder names) and vars() on a class instance.
import math
print([n for n in dir(math) if n.startswith("is")])
class C:
    pass
c = C()
c.b = 2
c.a = 1
print(vars(c), [n for n in dir(c) if not n.startswith("__")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
