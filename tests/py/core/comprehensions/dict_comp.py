# Pins dict comprehensions: insertion order, later duplicates win, key/value from pairs.
print({k: k * k for k in range(5)})
print({c: i for i, c in enumerate("abca")})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: v for k, v in zip("xyz", range(10)) if v != 1})
words = ["apple", "bob", "cat", "avocado", "banana"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print({(i, j): i * j for i in range(2) for j in range(2)})
