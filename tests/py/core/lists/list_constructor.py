# Pins list() from various iterables (str, dict, set of ints, range, generator, tuple) and errors.
print(list(), list("abc"), list({"x": 1, "y": 2}), list({3, 1, 2}), list(range(3)), list(x * 2 for x in (1, 2)))
print(list((1, 2)), list({"k": 1}.items()), list(b"ab"), list(reversed([1, 2])))
try:
    list(5)
except TypeError as e:
    print(e)
l = [1, 2]
print(list(l) is l, list(l) == l)
