# Pins the 4300-digit limit of int/str conversion (ValueError), and that a 10,000-digit int computes.
import sys
try:
    int('9' * 10000)
except ValueError as e:
    print(type(e).__name__, e)
big = 10 ** 10000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
print(big.bit_length(), big % 1000007, (big - 1) % 9)
print(len(hex(big)), int('9' * 4300) % 97)
