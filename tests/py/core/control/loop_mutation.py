# Pins list iteration seeing appends made during the loop (index-based iterator) and removal skipping.
l = [1, 2, 3]
for x in l:
    if x < 6:
        l.append(x + 3)
print(l)
l = [1, 2, 2, 3, 2]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
l = [0, 1, 2, 3, 4, 5]
for i, x in enumerate(l):
    del l[i]
print(l)
