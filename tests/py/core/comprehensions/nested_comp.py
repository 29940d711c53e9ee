# Pins nested comprehensions: matrix transpose, flattening, and comprehension inside comprehension condition.
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row if v % 2 == 0])
print([[x for x in range(n)] for n in range(4)])
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)})
print([x for x in range(10) if x in [y * 2 for y in range(5)]])
print(sum(sum(r) for r in m))
