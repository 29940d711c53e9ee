# Pins enumerate with start (incl. negative), zip of unequal lengths, zip(strict=True) errors, and unzipping.
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)), list(enumerate("x", -1)))
print(list(zip("abc", range(10))), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
print(list(zip([1, 2], "ab", strict=True)))
for args in (([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", [0])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
pairs = [(1, "x"), (2, "y")]
print(list(zip(*pairs)))
e = enumerate("ab")
print(next(e), next(e), next(e, None))
try:
    zip(1)
except TypeError as e:
    print(e)
