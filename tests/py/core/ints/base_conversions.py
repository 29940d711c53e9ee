# Pins bin/oct/hex of negative and big ints, format types b/o/x/X with #, and int round trips.
for n in (0, 5, -5, 255, -256, 2 ** 70):
    print(bin(n), oct(n), hex(n), format(n, "#b"), format(n, "x"), format(n, "#X"))
print(int(bin(-37), 0), int(hex(2 ** 70), 16), int(oct(-8), 8))
try:
    hex(1.5)
except TypeError as e:
    print(e)
