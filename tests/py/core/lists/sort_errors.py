# Pins sort TypeErrors for incomparable items and a key function that raises; the list after a failed sort.
l = [3, "a", 1]
try:
    l.sort()
except TypeError as e:
    print(e)
try:
    sorted([1, None])
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print(e)
print(sorted([], key=len), sorted([[2], [1, 0]]), sorted([(1, "b"), (1, "a")]))
try:
    sorted([1], reverse=None)
except TypeError as e:
    print(e)
try:
    sorted([2, 1], lambda x: x)
except TypeError as e:
    print(e)
