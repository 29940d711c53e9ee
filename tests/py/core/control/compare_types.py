# Pins mixed-type equality (never an error) and ordering errors with CPython's exact message.
print(1 == 1.0, True == 1, "1" == 1, None == 0, [] == (), (1,) == [1])
print(1 != "1", 2 > True, 1.5 < 2, False < True)
for a, b in [(1, "a"), ("a", 1), ([], ()), (None, 1), (1.5, "x"), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(e)
try:
    print(None >= None)
except TypeError as e:
    print(e)
print([1, 2] < [1, 2, 0], (1, "a") < (2, 1))
