# Pins array's errors: bad typecodes, out-of-range values, wrong types, indexes.
import array
try:
    array.array("z")
except ValueError as e:
    print(e)
for code in "bBhHiIlLqQ":
    for v in (2**64, -1, 2**15):
        try:
            array.array(code, [v])
        except OverflowError as e:
            print(code, v, e)
for code, v in (("b", "x"), ("b", 1.5), ("d", "x"), ("f", None)):
    try:
        array.array(code, [v])
    except TypeError as e:
        print(code, e)
a = array.array("i", [1, 2, 3])
for call in (lambda: a[5], lambda: a.remove(9), lambda: a.index(9), lambda: a.pop(7), lambda: array.array("i").pop(),
             lambda: a + array.array("d"), lambda: a.extend(array.array("b")), lambda: array.array("i", "abc")):
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
