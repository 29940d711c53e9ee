# Pins sys.modules: a module's top level runs once, deleting the entry reloads, entries can be planted.
import sys
import _once
import _once
from _once import counter
print(counter, type(sys.modules).__name__)
first = sys.modules["_once"]
del sys.modules["_once"]
import _once
print(_once is first, _once.counter)
sys.modules["planted"] = "not a module"
import planted
print(planted)
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
sys.modules["gone"] = None
try:
    import gone
except ImportError as e:
    print(type(e).__name__, e)
