# Pins reduce for factorial, flattening, and composing functions.
from functools import reduce
print(reduce(lambda a, b: a * b, range(1, 21)))
print(reduce(lambda acc, xs: acc + xs, [[1], [2, 3], [], [4]], []))
compose = lambda *fs: reduce(lambda f, g: lambda x: f(g(x)), fs)
print(compose(str, lambda x: x * 2, abs)(-21))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
