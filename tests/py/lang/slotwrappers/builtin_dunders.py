# Pins builtin types' special methods as slot wrappers: unbound and bound calls, NotImplemented, reprs and errors.
print(list.__len__([1, 2, 3]), [].__len__(), (5).__abs__(), int.__add__(1, 2))
print(int.__eq__(1, 1), (1).__eq__("x"), object.__eq__(object(), 1), (2).__radd__(3))
print(dict.__getitem__({"a": 1}, "a"), {"k": 2}.__contains__("k"), str.__mul__("ab", 3))
print("ab".__add__("cd"), "ab".__rmul__(2), (3).__mul__(4), (2).__pow__(10), pow(2, 10, 1000), (2).__pow__(10, 1000))
print((7).__floordiv__(2), (7).__rfloordiv__(2), (-3).__neg__(), (5).__invert__(), (0).__bool__(), (5).__index__())
print((1.5).__add__(1), (1.5).__int__(), (3).__float__(), (1.5).__lt__(2), (1).__lt__(2.0))
print(list.__len__, int.__add__, type(int.__add__).__name__, type((1).__add__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__self__)
print(repr((1).__add__).startswith("<method-wrapper '__add__' of int object at 0x"))
l = [3, 1]
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, l.__getitem__(0), l.__iter__().__next__(), list.__hash__, hash.__name__)
it = iter([1])
print(it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
def g():
    yield 1
    return "ret"
gi = g()
print(gi.__next__())
try:
    gi.__next__()
except StopIteration as e:
    print("gen StopIteration", e.value)
print(str.__repr__("x"), int.__repr__(5), object.__repr__(None) == repr(None) or "object repr", float.__str__(1.0))
print(len.__call__([1, 2]), (1).__hash__() == hash(1), "a".__hash__() == hash("a"))
for bad in [lambda: list.__len__(5), lambda: int.__add__("a", 1), lambda: (1).__add__(), lambda: (1).__abs__(2), lambda: int.__add__()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(k for k in vars(int) if k in ("__add__", "__radd__", "__eq__", "__abs__", "__bool__")))
print("__len__" in vars(list), "__add__" in vars(bool), "__repr__" in vars(bool), "__eq__" in vars(object))
class MyInt(int):
    pass
print(MyInt.__add__ is int.__add__, int.__add__(True, 2))
print(set.__or__({1}, {2}), frozenset.__contains__(frozenset([1]), 1), tuple.__getitem__((1, 2), -1))
print((1).__add__(1.5), (1.5).__radd__(1), [1].__add__([2]), [1].__mul__(2), [1].__rmul__(3))
print((1).__ne__(2), (1).__ge__(1), "b".__gt__("a"), [1].__eq__([1]), {}.__eq__([]))
