# Pins list iterator behavior when the list is cleared, extended or shrunk during iteration.
l = [1, 2, 3]
it = iter(l)
print(next(it))
l.clear()
print(list(it))
l = [1, 2, 3]
it = iter(l)
next(it); next(it); next(it)
l.append(4)
print(list(it))
l = [1, 2, 3, 4]
out = []
for x in l:
    out.append(x)
    if x == 2:
        l.pop()
print(out, l)
