# typing at run time: subscripted names, Generic and Protocol bases, NamedTuple, TypedDict, TypeVar
from typing import (Any, Callable, Dict, Generic, Iterable, List, NamedTuple, Optional,
                    Protocol, Set, Tuple, TypedDict, TypeVar, Union, cast, get_type_hints,
                    overload, NewType)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=int)
print(T, K, List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None])
print(Tuple[int, ...], Callable[[int, str], bool], List, Any, Union[int, int], Set[T])

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, isinstance(s, Stack))

class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.norm(), Point(1), p._asdict(), Point._fields, isinstance(p, tuple))

class Movie(TypedDict):
    name: str
    year: int

m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__)

class Greeter(Protocol):
    def greet(self) -> str: ...

def f(a: int, b: str = "x") -> Optional[float]:
    return None

print(get_type_hints(f) == {'a': int, 'b': str, 'return': Optional[float]})
print(cast(int, "not checked"), typing.TYPE_CHECKING)
UserId = NewType('UserId', int)
print(UserId(5), List[int] == List[int])

def total(xs: Iterable[float]) -> float:
    return sum(xs)

print(total([1.5, 2.5]))
