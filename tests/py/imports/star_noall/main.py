# Pins from m import * without __all__: every name not starting with _, imported modules included.
from _sn import *
print(sorted(k for k in globals() if not k.startswith("__")))
print(a, f(), sys.__name__)
