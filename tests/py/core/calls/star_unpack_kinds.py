# Pins unpacking of different iterables at call sites: dict (keys), set of ints, generator, string, range.
def f(*a):
    return a
print(f(*{"x": 1, "y": 2}))
print(f(*{3, 1, 2}))
print(f(*(i * i for i in range(4))))
print(f(*"héllo"))
print(f(*range(10, 0, -3)))
print(f(*[], *(), *""))
def g(**k):
    return k
print(g(**{"a": 1}, **dict(b=2)))
