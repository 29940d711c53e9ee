# PEP 604 unions: int | None in annotations, reprs, isinstance/issubclass, equality, errors
def f(x: int | None = None) -> str | list[int]:
    return str(x)
print(f.__annotations__, f(3))
u = int | str
print(u, type(u).__name__, u.__args__, int | str | int, int | int, None | int, list[int] | None)
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == (int | float))
class A: pass
print(A | None, int | A)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
import types
print(types.UnionType is type(int | str)) if hasattr(types, "UnionType") else print(True)
