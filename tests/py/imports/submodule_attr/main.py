# Pins submodules as attributes: from pkg import sub loads it, failed submodule imports, __all__ in a package.
import spkg
print(hasattr(spkg, "one"))
from spkg import one
print(one.N, spkg.one is one)
from spkg import *
print(two.N, "three" in globals())
try:
    from spkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "DIR"))
import spkg.three
print(spkg.three.N)
