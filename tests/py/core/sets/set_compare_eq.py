# Pins set equality across set/frozenset, subset comparisons returning False both ways, and unorderability.
a = {1, 2}
b = {2, 3}
print(a < b, a > b, a == b, a <= b, {1, 2} == frozenset([2, 1]), set() < {0})
print(sorted([{3}, {1, 2}, {1}], key=len))
print({1, 2} == [1, 2], {1: 0}.keys() == {1})
