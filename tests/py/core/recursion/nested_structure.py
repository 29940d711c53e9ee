# Pins recursion over nested lists/dicts: depth, sum, deep copy equality.
def depth(x):
    if isinstance(x, list):
        return 1 + max((depth(v) for v in x), default=0)
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    return 0
data = {"a": [1, [2, [3]]], "b": {"c": []}}
print(depth(data), depth([]), depth(5))
def total(x):
    if isinstance(x, (list, tuple)):
        return sum(total(v) for v in x)
    if isinstance(x, dict):
        return total(list(x.values()))
    return x
print(total(data | {"d": (10, 20)}))
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
c = deep_copy(data)
print(c == data, c is data, c["a"] is data["a"])
