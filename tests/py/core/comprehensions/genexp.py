# Pins generator expressions consumed by sum/list/max/any/all/tuple/"".join, and lazy evaluation.
print(sum(x * x for x in range(10)))
print(list(x for x in "abc"), tuple(i for i in range(3)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print("-".join(str(i) for i in range(5)))
def noisy(n):
    print("produce", n)
    return n
g = (noisy(i) for i in range(3))
print("created")
print(next(g))
print(list(g))
print(list(g))
print(sum(1 for _ in range(100)), min((x for x in []), default="empty"))
