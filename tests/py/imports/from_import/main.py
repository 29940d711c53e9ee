# Pins from-import of names, aliases, and ImportError for a missing name.
from _mathy import add, PI as pi
from _mathy import add as plus, square
print(add(2, 3), pi, plus(1, 1), square(4))
try:
    from _mathy import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "DIR"))
    print(e.name)
import sys
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
