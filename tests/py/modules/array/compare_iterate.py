# Pins array comparisons, iteration, sum/max and sorting through lists.
import array
a = array.array("i", [3, 1, 2])
b = array.array("i", [3, 1, 2])
print(a == b, a != b, a < array.array("i", [3, 2]), a > array.array("i", [3]), a == array.array("d", [3.0, 1.0, 2.0]))
print(list(a), [x * 2 for x in a], sum(a), max(a), sorted(a))
print(a == [3, 1, 2], array.array("i") == array.array("i"))
it = iter(array.array("b", [9]))
print(next(it), next(it, None))
