# Pins exact comparisons between ints and floats, including huge ints and values near 2**53.
print(1 == 1.0, 1 < 1.1, -1 > -1.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 9007199254740992.0, 9007199254740993 < 9007199254740994.0)
big = 10 ** 400
print(big > 1e308, big < float("inf"), -big > float("-inf"), big == float("inf"))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1e16 + 1 == 1e16)
print(sorted([2, 1.5, -3, 0.0, -0.5, 10 ** 20, 1e19]))
print(1.0 in [1], [1.0] == [1], (1, 2.0) == (1.0, 2), {1: "a"}[1.0])
