# Pins int str/repr for big negative values, and int str conversion limit (4300 digits) in 3.11.
print(repr(-12345678901234567890), str(10 ** 25), -0, 00, 0x_ff, 0o777, 0b1010, 1_000_000)
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
