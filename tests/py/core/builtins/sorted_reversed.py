# Pins sorted() on different iterables and reversed() on sequences, plus reversed() errors.
print(sorted([3, 1, 2]), sorted("hello"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted(range(3), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(1, 7, 2))))
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1}.items())))
for v in ({1, 2}, iter([1]), 5):
    try:
        reversed(v)
    except TypeError as e:
        print(e)
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
