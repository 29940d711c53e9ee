# Pins operator precedence and associativity of arithmetic: unary minus vs **, right-assoc **, // and % mix.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3)
print(7 // 2 * 2 + 7 % 2, -7 // 2, -7 % 2)
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4)
print(-3 ** 2 * 2, not 1 + 1 == 2, ~5 + 1)
print(1 << 2 + 1, (1 << 2) + 1, 6 & 3 | 8, 6 ^ 3 & 1)
print(+True, -True, ~True, -False, True + True)
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7
print(x)
