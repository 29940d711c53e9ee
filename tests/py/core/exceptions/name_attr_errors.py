# Pins NameError/AttributeError messages including 3.11 suggestions that are NOT part of str(e) (only in tracebacks).
lenght = 5
try:
    print(lengt)
except NameError as e:
    print(repr(e), e.name)
try:
    [].apend(1)
except AttributeError as e:
    print(repr(e), e.name, type(e.obj).__name__)
try:
    import math
    math.pii
except AttributeError as e:
    print(e)
try:
    del undefined_thing
except NameError as e:
    print(e)
