# Pins bool as an int subclass: arithmetic, repr, sum of bools, isinstance.
print(True + True, True * 10, False - True, True / 2, True // 2, -True)
print(sum([True, False, True]), isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(str(True), repr(False), bool("False"), int(True), True == 1, True is not None)
print([1, 2, 3][True], {True: "a", 1: "b"})
