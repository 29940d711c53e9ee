# Pins int() and bool() of various objects and their type names.
print(type(1).__name__, type(2 ** 100).__name__, type(True).__name__)
print(int("10") + int(b"5"), int(bytearray(b" 7 ")))
print(bool(0), bool(-1), bool(2 ** 100), int(False))
print(isinstance(1, (float, int)), isinstance(1.0, int), isinstance(True, (bool,)))
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int("5", base=10.0)
except TypeError as e:
    print(e)
