# Pins total_ordering filling in <=, >, >= from __lt__ (and from __ge__).
from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a >= V(1), b <= a)
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(2) > W(1), W(1) <= W(1), sorted([W(3), W(1), W(2)], key=lambda w: w)[0].v)
try:
    total_ordering(type('E', (), {}))
except ValueError as e:
    print('ValueError', e)
