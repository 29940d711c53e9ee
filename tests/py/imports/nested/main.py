# Pins nested packages: import a.b.c binds a, `as` binds the submodule, from-import of a submodule.
import a.b.c
print(a.__name__, a.b.__name__, a.b.c.__name__, a.b.c.LEAF)
import a.b.c as leaf
print(leaf is a.b.c)
from a.b import c
print(c is leaf)
from a.b import c as c2, helper
print(c2 is c, helper.HELP)
from a import b
print(b.__name__, b.__package__, c.__package__)
print("b" in dir(a), "c" in dir(a.b))
