# Pins lexicographic list comparison, equality with nested lists, and list vs tuple inequality.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 100], [1, [2]] == [1, [2]])
print([1, 2] == (1, 2), [1] != [1.0], [[1, 2], [3]] < [[1, 2], [4]], [0] * 3 == [0, 0, 0])
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]))
try:
    [1, 2] < [1, "2"]
except TypeError as e:
    print(e)
print([1, "a"] == [1, 2], [1, "a"] < [2, 1])
