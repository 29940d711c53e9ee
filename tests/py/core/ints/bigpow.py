# Pins big powers and their arithmetic: 2**200, 3**100, mixed-sign operations with bigints.
a = 2 ** 200
b = 3 ** 100
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b, a // -b)
print(divmod(-a, 7), divmod(a, -7))
print(a ** 2 == 2 ** 400, (a - 1).bit_length(), a.bit_length())
print(-(2 ** 64) - 1, 2 ** 63 - 1, -(2 ** 63))
print(10 ** 30 // 7, 10 ** 30 % 7)
