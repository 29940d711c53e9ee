# Pins os.urandom: the length and type of its result and its argument checks.
import os
for n in (0, 1, 16, 100):
    b = os.urandom(n)
    print(type(b).__name__, len(b))
print(os.urandom(32) != os.urandom(32))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
try:
    os.urandom("3")
except TypeError as e:
    print(e)
