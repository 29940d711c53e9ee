# Pins circular imports: the partial module in sys.modules, and the ImportError naming it.
import _ca
print(_ca.done, _ca._cb.seen)
try:
    import _cx
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "DIR"))
import sys
print("_cx" in sys.modules, "_cy" in sys.modules)
