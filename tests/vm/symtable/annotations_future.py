"""Docstring first: the future import still counts."""
from __future__ import annotations

import typing

x: int = 1
y: typing.List[int]


def f(a: Ann1, *args: Ann2, c: Ann3 = None, **kw: Ann4) -> Ret:
    local: Local = 1
    return local


class C:
    field: FieldType

    def m(self) -> Inner:
        v: Hidden = 2
        return v


def lambda_in_annotation(p: (lambda: q)) -> (lambda: r):
    pass
