# Pins abs/round/divmod on ints, round with negative ndigits (banker's rounding at exact halves).
print(abs(-5), abs(0), abs(-(2 ** 80)), abs(True))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), round(7, 2), round(123456789, -10), type(round(5, -1)).__name__)
print(divmod(10 ** 20, 7), divmod(-1, 10 ** 20))
