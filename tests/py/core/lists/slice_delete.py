# Pins deletion of slices with steps (positive and negative) and of single items.
l = list(range(12))
del l[::3]
print(l)
del l[-1::-2]
print(l)
del l[1:3]
print(l)
del l[100:]
print(l)
del l[:]
print(l)
l = list("abcdef")
del l[-2]
print(l)
