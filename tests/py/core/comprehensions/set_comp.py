# Pins set comprehensions of ints (deterministic order for small ints) and dedup.
print({x % 5 for x in range(20)})
print({x * x for x in [-3, -2, -1, 0, 1, 2, 3]})
print(sorted({w.lower() for w in "A a B b c".split()}))
print(len({(i, j) for i in range(3) for j in range(3)}))
s = {i for i in range(10) if i % 3 == 0}
print(s, 9 in s, type(s).__name__)
