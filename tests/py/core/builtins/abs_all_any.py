# Pins abs on ints/floats/bools/complex, all/any on various iterables and short-circuiting.
print(abs(-3), abs(3), abs(-0.0), abs(-2.5), abs(False), abs(-(2 ** 100)), abs(3 - 4j), abs(float("-inf")))
print(all([]), any([]), all([1, "a", [0]]), all([1, 0]), any([0, "", None]), any([0, [0]]), all("abc"), any(range(0)))
def gen():
    for v in [1, 0, 2]:
        print("yield", v)
        yield v
print(all(gen()))
print(any(gen()))
