# Pins slicing ranges (returns ranges), negative steps, reversed(), and big ranges.
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], r[-3:], r[5:1:-2], r[100:])
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(range(10, -1, -5)))
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 3)), big[-1], big[10 ** 19], 10 ** 19 + 1 in big, big[::2][3])
try:
    len(range(10 ** 30))
except OverflowError as e:
    print(e)
print(range(10 ** 30)[-1])
