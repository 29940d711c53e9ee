# Pins deque comparisons, +, *, +=, *=, in, and iteration.
from collections import deque
a, b = deque([1, 2]), deque([1, 3])
print(a == b, a < b, a <= b, a != b, a == deque([1, 2]), a == [1, 2])
print(a + b, a * 3, 2 * a, 2 in a, 5 in a)
a += [9]; print(a)
a *= 2; print(a)
a *= 0; print(a)
print([x * 10 for x in b], sum(deque(range(100))))
