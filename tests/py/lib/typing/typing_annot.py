# Pins typing-annotated code running unchanged: generics, TypeVar, Protocol, Callable/Union/Optional, ClassVar, overload-free annotations, __annotations__, get_type_hints and cast.
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterable, Iterator, List, Optional,
                    Protocol, Sequence, Tuple, TypeVar, Union, cast, get_type_hints, TYPE_CHECKING)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Num = Union[int, float]


class Stack(Generic[T]):
    count: ClassVar[int] = 0

    def __init__(self) -> None:
        self._items: List[T] = []
        Stack.count += 1

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self._items))

    def __len__(self) -> int:
        return len(self._items)


class SupportsArea(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s ** 2


def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)


def group(items: Sequence[T], key: Callable[[T], K]) -> Dict[K, List[T]]:
    out: Dict[K, List[T]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out


def mean(xs: Sequence[Num], default: Optional[float] = None) -> Optional[float]:
    return sum(xs) / len(xs) if xs else default


def apply(f: Callable[..., V], *args: Any, **kw: Any) -> V:
    return f(*args, **kw)


def pairs(d: Dict[str, int]) -> List[Tuple[str, int]]:
    return sorted(d.items())


s: Stack[int] = Stack[int]()
s.push(1).push(2).push(3)
print(list(s), s.pop(), len(s), Stack.count)
print(total_area([Sq(1), Sq(2.5)]), group(["apple", "avocado", "banana", "cherry", "blue"], lambda w: w[0]))
print(mean([1, 2, 3.5]), mean([], 0.0), mean([]), apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), pairs({"b": 2, "a": 1}))
print(mean.__annotations__["return"] == Optional[float], sorted(pairs.__annotations__), group.__annotations__["items"] == Sequence[T])
print(get_type_hints(pairs) == {"d": Dict[str, int], "return": List[Tuple[str, int]]}, cast(int, "not checked"), TYPE_CHECKING)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, int] is int, List[int] == List[int])
print(T.__name__, isinstance(Sq(1), object), Stack[int] is not Stack, issubclass(Stack, Generic))
x: int = 5
y: "List[str]"
print(__annotations__ if isinstance(__annotations__, dict) else None)


def annotated(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: Dict[str, Any]) -> None:
    pass


print(list(annotated.__annotations__), annotated.__annotations__["b"], annotated.__defaults__, annotated.__kwdefaults__)


class Node:
    nxt: Optional["Node"]
    val: int

    def __init__(self, val: int, nxt: "Optional[Node]" = None):
        self.val, self.nxt = val, nxt


print(list(Node.__annotations__), Node(1, Node(2)).nxt.val)
