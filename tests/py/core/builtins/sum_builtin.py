# Pins sum with start, float accumulation, lists with start=[], and the error for strings.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum([0.1, 0.2]), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(range(10 ** 6)), sum([2 ** 64, 2 ** 64]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(e)
print(sum(x / 10 for x in range(5)), sum([1, 2], start=100))
