# Pins Counter +, -, |, &, unary +/- and in-place forms.
from collections import Counter
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a)
x = Counter(a=3, b=1); x += Counter(b=-5, c=2); print(x)
x -= Counter(a=1); print(x)
x |= Counter(a=7); print(x)
x &= Counter(a=4, c=9); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=3))
