# Pins pow(): 3-argument modular pow, negative exponents (float result), negative exponent with modulus (inverse).
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0))
print(pow(3, 200, 1000), pow(2, 100, 7), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(10 ** 20, 10 ** 5, 10 ** 9 + 7))
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 1.5, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(e)
print(2 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3), type((-8) ** 0.5).__name__)
