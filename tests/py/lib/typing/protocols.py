# Pins typing.Protocol at run time: runtime_checkable isinstance/issubclass by members, data members, None-blocked methods, non-runtime and non-method errors, instantiation refusal, the Supports* protocols, and Generic mixed with ABCs.
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import (Generic, Iterable, Protocol, SupportsAbs, SupportsFloat, SupportsIndex,
                    SupportsInt, TypeVar, runtime_checkable)

T = TypeVar("T")


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class Closer(Protocol):
    name: str

    def close(self) -> None: ...


class Plain(Protocol):
    def f(self) -> int: ...


class File:
    name = "f.txt"

    def close(self):
        return None


class NoName:
    def close(self):
        pass


class Blocked:
    __len__ = None


print(isinstance([], HasLen), isinstance(3, HasLen), isinstance(Blocked(), HasLen), issubclass(dict, HasLen), issubclass(int, HasLen), issubclass(Blocked, HasLen))
print(isinstance(File(), Closer), isinstance(NoName(), Closer), isinstance(object(), Closer))
for check in (lambda: isinstance(1, Plain), lambda: issubclass(int, Plain), lambda: issubclass(File, Closer), lambda: issubclass(3, HasLen)):
    try:
        print(check())
    except TypeError as e:
        print("TypeError", e)
for make in (lambda: Plain(), lambda: HasLen(), lambda: Protocol()):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)


class Impl(Plain):
    def __init__(self, v):
        self.v = v

    def f(self):
        return self.v


class Impl2(Plain, ABC):
    def f(self):
        return 2


print(Impl(7).f(), Impl2().f(), isinstance(Impl(1), Plain) if False else "skip", Plain._is_protocol, Impl._is_protocol)
try:
    runtime_checkable(Impl)
except TypeError as e:
    print("TypeError", str(e).split(",")[0])
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat), isinstance(True, SupportsIndex), isinstance(-1j, SupportsAbs), issubclass(float, SupportsInt), issubclass(str, SupportsIndex))


class Box(Mapping, Generic[T]):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)


b = Box[int](a=1, b=2)
print(dict(b), len(b), isinstance(b, Mapping), isinstance(b, HasLen), [k.__name__ for k in Box.__mro__[:3]])


class Shape(ABC, Generic[T]):
    @abstractmethod
    def area(self) -> T: ...


try:
    Shape()
except TypeError as e:
    print("TypeError", e)


class Nums(Iterable[int]):
    def __iter__(self):
        return iter([1, 2])


print(list(Nums()), isinstance(Nums(), Iterable))


@runtime_checkable
class Both(HasLen, Closer, Protocol):
    pass


class Full(File):
    def __len__(self):
        return 0


print(isinstance(Full(), Both), isinstance(File(), Both), isinstance([], Both))
