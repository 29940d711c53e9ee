# List slice assignment from lists and tuples (borrowed items), from the
# list itself, from iterables, with steps; slice objects reused.
a = list(range(10))
b = ["x", "y"]
a[2:5] = b
print(a)
a[:0] = (1, 2, 3)
print(a)
a[:] = a
print(a)
a[3:] = a
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[5:2] = "ab"
print(a)
a[1:3] = iter([7, 8, 9])
print(a)
try:
    a[::3] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError:", e)


class Noisy:
    def __init__(self, log, name):
        self.log, self.name = log, name

    def __del__(self):
        self.log.append(self.name)


log = []
src = [1, 2, 3]
dst = [Noisy(log, "a"), Noisy(log, "b")]
dst[0:2] = src
print(dst, log, src)
p = [3, 1, 4, 1, 5, 9, 2, 6]
for k in range(len(p)):
    p[:k + 1] = p[k::-1]
print(p, p[::-1], p[-3:], p[1:-1:2], p[100:], p[-100:2], p[::-2])
big = 2 ** 70
print(p[:big], p[-big:3], p[1:big:3])
