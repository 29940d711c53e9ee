# Pins randrange's and randint's errors.
import random
for args in ((0,), (-3,), (5, 2), (1, 10, 0), (10, 1, 1), (1, 10, -1), (3, 3)):
    try:
        random.randrange(*args)
    except ValueError as e:
        print(args, e)
try:
    random.randrange(1, step=2)
except TypeError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
