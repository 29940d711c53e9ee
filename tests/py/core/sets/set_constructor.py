# Pins set() from iterables and the errors for unhashable elements and non-iterables.
print(set(), set("aab") == {"a", "b"}, set([3, 3, 1]), set(range(5)), set({"k": 1}) == {"k"}, set((2, 1)))
try:
    set(5)
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
print(set(frozenset([1])) == {1}, type(set(frozenset([1]))).__name__)
