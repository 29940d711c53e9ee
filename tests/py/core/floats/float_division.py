# Pins float division, floor division and modulo with negatives, and division by zero errors.
print(7.0 / 2, -7.0 // 2, 7.0 // -2, -7.0 % 2, 7.0 % -2, 7.5 % 2, -0.0 % 5)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1), 1.0 // 0.1, 1.0 % 0.1)
print(1e300 * 1e10, 5.0 // float("inf"), -5.0 // float("inf"), 5.0 % float("inf"), -5.0 % float("inf"))
for expr in ("1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 / 0.0", "divmod(2.0, 0)", "1 / 0.0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
