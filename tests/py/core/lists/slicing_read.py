# Pins list slicing reads with steps, negatives and clamping; slices are shallow copies.
l = list(range(10))
print(l[2:8:2], l[::-1], l[-3:], l[:-3], l[8:2:-2], l[100:], l[-100:2], l[::3], l[5:5])
inner = [[1], [2]]
s = inner[:]
s[0].append(99)
s[1] = "replaced"
print(inner, s)
try:
    l[::0]
except ValueError as e:
    print(e)
try:
    l[1.5]
except TypeError as e:
    print(e)
print(l[True], l[-10])
try:
    l[-11]
except IndexError as e:
    print(e)
