# Pins arbitrary precision: factorial(100), its digit count and trailing zeros.
import math
f = 1
for i in range(2, 101):
    f *= i
print(f)
print(f == math.factorial(100), len(str(f)))
s = str(f)
print(len(s) - len(s.rstrip("0")))
print(f // math.factorial(98), f % 1000003)
