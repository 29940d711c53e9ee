# Pins slice assignment: growing, shrinking, inserting, extended slices needing equal length, self-assignment.
l = list(range(6))
l[1:3] = ["a", "b", "c", "d"]
print(l)
l[2:5] = []
print(l)
l[0:0] = [-2, -1]
print(l)
l[len(l):] = "xy"
print(l)
l = list(range(8))
l[::2] = "ABCD"
print(l)
l[::-3] = [0, 0, 0]
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    l[1:2] = 5
except TypeError as e:
    print(e)
l[:] = l
print(l)
m = [1, 2, 3]
m[1:2] = m
print(m)
