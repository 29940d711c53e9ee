# Pins divmod/pow/round builtins across int and float arguments, incl. keyword names.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 10))
print(pow(2, 10), pow(2, 10, 1000), pow(base=3, exp=4), pow(4, 0.5), pow(2, -1))
print(round(3.14159, 2), round(2.5), round(-3.5), round(1e15 + 0.5), round(number=12.345, ndigits=1), round(17, -1))
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
try:
    round("1.5")
except TypeError as e:
    print(e)
