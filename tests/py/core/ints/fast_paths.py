# Pins arithmetic near machine-word boundaries (where small-int fast paths overflow into bigints).
for a in (2 ** 31 - 1, 2 ** 31, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, -(2 ** 63)):
    print(a + 1, a - 1, a * 2, a * a, -a, a // 3, a % 1000, a << 1, a >> 1)
x = 1
for _ in range(70):
    x = x * 2 + 1
print(x, x + 1 == 2 ** 71)
print((-(2 ** 63)) // -1, abs(-(2 ** 63)), (-(2 ** 63)) * -1)
