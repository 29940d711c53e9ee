# Pins `is`, `is not`, `in`, `not in` on lists, strings, dicts (keys) and ranges.
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a is a)
print(None is None, type(None) is type(None))
print(2 in a, 3 not in a, "b" in "abc", "ac" in "abc", "" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"}, 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print([1] in [[1], 2], (1,) in [(1,)], 1.0 in [1], True in [1])
n = float("nan")
print(n in [n], n == n, [n] == [n])
x = ()
print(x == (), len(x), x is x)
