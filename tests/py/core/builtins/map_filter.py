# Pins map with one and several iterables (shortest wins), filter with None and a predicate, laziness.
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [5, 2, 9])), list(map(len, ())))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
def noisy(x):
    print("mapping", x)
    return x * 2
m = map(noisy, [1, 2, 3])
print("map object created")
print(next(m))
print(list(m))
print(type(m).__name__, type(filter(None, [])).__name__)
try:
    list(map(lambda a, b: a, [1]))
except TypeError as e:
    print(e)
