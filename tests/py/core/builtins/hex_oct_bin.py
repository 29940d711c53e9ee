# Pins hex/oct/bin for zero, negatives and big ints, and their TypeErrors for floats.
for n in (0, 1, -1, 10, -255, 2 ** 64, -(2 ** 100)):
    print(hex(n), oct(n), bin(n))
print(hex(True), bin(False))
for f in (hex, oct, bin):
    try:
        f(1.0)
    except TypeError as e:
        print(e)
