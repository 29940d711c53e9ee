# Pins set algebra operators and methods (union/intersection/difference/symmetric_difference) and their equivalence.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference([4, 6]))
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({9}), a.isdisjoint(b), a == {4, 3, 2, 1}, a != b)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a - "x"
except TypeError as e:
    print(e)
