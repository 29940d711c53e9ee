# Pins from m import * honouring __all__ (private names listed are imported, others are not).
from _sa import *
print(pub, _priv_listed)
for name in ("other", "_hidden", "pub", "_priv_listed"):
    print(name, name in globals())
try:
    from _sa_bad import *
except AttributeError as e:
    print(type(e).__name__, e)
