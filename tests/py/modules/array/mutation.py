# Pins append, extend, insert, pop, remove, index, count, reverse and item assignment.
import array
a = array.array("h")
a.append(5)
a.extend([6, 7, 8])
a.extend(array.array("h", [9]))
a.insert(0, -1)
a.insert(100, 10)
a.insert(-1, 99)
print(a, a.pop(), a.pop(0), a)
a.remove(99)
print(a, a.index(7), a.count(6), 7 in a, 42 in a)
a.reverse()
print(a)
a[0] = 100
a[1:3] = array.array("h", [1, 1, 1])
del a[0]
print(a)
del a[::2]
print(a)
a[::2] = array.array("h", [0] * len(a[::2]))
print(a)
a += array.array("h", [4])
print(a, a * 2, array.array("h", [1]) + array.array("h", [2]))
