# Pins int true division: float results, exact rounding of huge operands, overflow message.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3, 10 / 4)
print(10 ** 30 / 10 ** 10, (2 ** 100 + 1) / 2 ** 50, 1 / 2 ** 1000 > 0)
print((10 ** 400) / (10 ** 399), 12345678901234567890 / 10)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(e)
