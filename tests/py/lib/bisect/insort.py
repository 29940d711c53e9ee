# Pins insort_left/insort_right placement of equal items and keys.
import bisect
a = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(a, x)
print(a)
b = [(1, 'x'), (3, 'y')]
bisect.insort_left(b, (3, 'a')); bisect.insort_right(b, (1, 'z')); print(b)
c = [('a', 1), ('c', 3)]
bisect.insort(c, ('b', 2), key=lambda r: r[1]); print(c)
