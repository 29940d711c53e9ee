# Pins int operations with float/complex operands and TypeErrors with non-numbers.
print(3 + 0.5, 3 * 1.5, 7 // 2.0, 7 % 2.5, -7 % 2.5, 2 ** 0.5 * 2 ** 0.5 == 2.0)
print(3 + 2j, (1 + 2j) * 2, abs(3 + 4j))
for expr in ("1 + 'a'", "'a' + 1", "1 - None", "[] * 1.5", "2 ** 'x'", "1 / []", "5 % 'x'", "1 << 1.0", "1 & 1.0"):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
print("ab" * 3, 3 * [0], 0 * "x", -1 * [1])
