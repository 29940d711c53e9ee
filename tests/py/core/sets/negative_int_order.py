# Pins the printed order of sets holding negative and large ints (hash(-1) == -2, bigints reduced mod 2**61-1).
print({-1, -2, -3}, {-1, 0, 1}, {2 ** 61 - 1, 0, 1}, {2 ** 61, 2 ** 62, 5})
s = {100, -100, 7, -7}
print(s, len(s), -100 in s)
print({0.5, 1, 2.0}, {-0.0, 0}, {1, 1.0, True})
