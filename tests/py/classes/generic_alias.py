# PEP 585 generics: list[int] and friends in annotations, their reprs, equality, calls; __class_getitem__
import collections
import types

def f(a: list[int], b: dict[str, tuple[int, ...]] = None) -> set[str]:
    return set()

print(f([1]), f.__annotations__['a'], f.__annotations__['return'])
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], frozenset[str])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), list[int].__origin__, list[int].__args__)
print(type(list[int]) is types.GenericAlias, list[int].__name__)
print(collections.deque[int], collections.OrderedDict[str, int], collections.Counter[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"

print(Box[int], Box[str])

class Sub(list[int]):
    pass

print(Sub([1, 2]), Sub.__bases__)
