# Pins ModuleNotFoundError / ImportError messages and attributes, and a failing module not staying in sys.modules.
import sys
for stmt in ("import nope_missing", "import _plain.sub", "import nope_missing.sub",
             "from _plain import sub", "import _epkg.nope", "from _epkg import nope"):
    try:
        exec(stmt)
    except ImportError as e:
        print(stmt, "->", type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "DIR"), e.name)
for k in range(2):
    try:
        import _fails
    except ZeroDivisionError as e:
        print("fails:", e, "_fails" in sys.modules)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
