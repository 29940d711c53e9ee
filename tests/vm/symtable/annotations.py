# Annotations without the future import: evaluated where they stand.
import typing

x: int = 1
y: typing.List[int]
(z): int = 2
(w): int
obj.attr: int = 3
obj[0]: str


def f(a: int, b: "str" = "", *args: Ann1, c: Ann2 = None, **kw: Ann3) -> Ret:
    local: Local = 1
    bare: Bare
    return local


class C:
    field: FieldType
    other: int = 0

    def m(self) -> Inner:
        v: Hidden
        return v


def lambda_in_annotation(p: (lambda: q)) -> (lambda: r):
    pass
