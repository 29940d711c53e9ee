# Pins bitwise ops on negative ints (two's complement semantics), shifts, and shift errors.
for a, b in ((-1, 255), (-8, 3), (-8, -3), (12, -5), (2 ** 70, -1), (-(2 ** 70), 2 ** 65 + 1)):
    print(a & b, a | b, a ^ b)
print(-1 >> 10, -8 >> 1, -9 >> 1, 1 << 100, -1 << 3, 5 >> 100, -5 >> 100)
print(~(-(2 ** 100)), ~0 & 0xFF)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
print((255).bit_count(), (-255).bit_count(), (0).bit_length(), (-1).bit_length(), (1024).bit_length())
