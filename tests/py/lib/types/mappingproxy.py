# types.MappingProxyType: a read-only view that follows its mapping; types.GenericAlias
import types

d = {"a": 1}
p = types.MappingProxyType(d)
print(p, p["a"], len(p), "a" in p, list(p), p.get("b", 0), dict(p.items()))
d["b"] = 2
print(p, p == {"a": 1, "b": 2}, p | {"c": 3})
try:
    p["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
print(types.GenericAlias(list, (int,)), types.GenericAlias is type(list[int]))
