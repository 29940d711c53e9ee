# Pins dict equality ignoring order, with int/float keys, nested values, and dict vs other mappings.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: "x"} == {1.0: "x"}, {"a": [1]} == {"a": [1]})
print({} == {}, {"a": 1} != {"a": 1.0}, {"a": 1} == {"a": 1, "b": 2}, {1: 2} == [(1, 2)])
print({"a": 1}.items() == {("a", 1)}, {"a": 1}.keys() == {"a"})
try:
    {} < {}
except TypeError as e:
    print(e)
