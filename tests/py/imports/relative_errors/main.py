# Pins relative import errors: no known parent package, beyond top-level package.
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .x import y
except ImportError as e:
    print(type(e).__name__, e)
try:
    import relerr.inner.far
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
import relerr.inner.ok
print(relerr.inner.ok.X)
