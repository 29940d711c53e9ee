# Pins comparisons between ints, bigints, bools and floats including huge values and exact integer-float compare.
big = 2 ** 100
print(big > 10 ** 30, big == float(big), big + 1 == float(big), big + 1 > float(big))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), 1 < float("nan"), 1 == float("nan"), 0 == -0.0)
print(max(1, 2.0, True), min(-1, -1.0), max(2, 2.0), max(2.0, 2))
print(sorted([3, 1.5, True, -2, 2 ** 70, 0.0]))
