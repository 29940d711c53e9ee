# Pins exceptions propagating out of comprehensions and leaving outer state intact.
data = [1, 2, 0, 4]
try:
    print([10 // x for x in data])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print({k: v for k, v in [(1, 2), (3,)]})
except ValueError as e:
    print("ValueError:", e)
try:
    print(sum(int(s) for s in ["1", "x"]))
except ValueError as e:
    print("ValueError:", e)
print(data)
