# Pins dict comprehensions with duplicate keys (last value wins, first position kept) and filtering.
print({k % 3: k for k in range(10)})
print({c: c.upper() for c in "banana"})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
inv = {v: k for k, v in {"x": 1, "y": 1, "z": 2}.items()}
print(inv)
