# Pins the comprehensions benchmark shape: dataclasses, enums and typing in a widget tree, with nested list/dict/set comprehensions, generator expressions and filters.
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List, Optional


class WidgetKind(Enum):
    BUTTON = 1
    PANEL = 2
    LABEL = 3
    INPUT = 4


@dataclass
class Widget:
    widget_id: int
    kind: WidgetKind
    parent_id: Optional[int]
    position: int
    children: List["Widget"] = field(default_factory=list)

    def is_container(self) -> bool:
        return self.kind is WidgetKind.PANEL


@dataclass
class Tray:
    widgets: Dict[int, Widget]

    def roots(self) -> List[Widget]:
        return [w for w in self.widgets.values() if w.parent_id is None]


def build(n: int) -> Tray:
    kinds = list(WidgetKind)
    widgets = {}
    for i in range(n):
        parent = None if i < 3 else (i * 7) % i
        widgets[i] = Widget(i, kinds[(i * 5 + 3) % len(kinds)], parent, (i * 13) % 17)
    for w in widgets.values():
        if w.parent_id is not None:
            widgets[w.parent_id].children.append(w)
    return Tray(widgets)


def layout(tray: Tray) -> List[List[int]]:
    return [[c.widget_id for c in sorted(w.children, key=lambda c: (c.position, c.widget_id))]
            for w in tray.widgets.values() if w.children]


tray = build(300)
by_kind = {k: [w.widget_id for w in tray.widgets.values() if w.kind is k] for k in WidgetKind}
print({k.name: len(v) for k, v in by_kind.items()})
print(sorted({w.parent_id for w in tray.widgets.values() if w.parent_id is not None})[:15])
print([w.widget_id for w in tray.roots()], sum(len(w.children) for w in tray.widgets.values()))
lay = layout(tray)
print(len(lay), lay[:3], max(len(row) for row in lay))
depth = {}
for i in sorted(tray.widgets):
    w = tray.widgets[i]
    depth[i] = 0 if w.parent_id is None else depth[w.parent_id] + 1
print(max(depth.values()), sorted({d for d in depth.values()}), sum(1 for d in depth.values() if d > 2))
matrix = [[(r * c) % 7 for c in range(8)] for r in range(8)]
flat = [x for row in matrix for x in row if x]
print(len(flat), sum(flat), [list(col) for col in zip(*matrix)][3], {x: flat.count(x) for x in set(flat)})
pairs = {(a, b) for a in range(5) for b in range(a) if (a + b) % 3 == 0}
print(sorted(pairs), any(w.is_container() and not w.children for w in tray.widgets.values()), all(isinstance(k, WidgetKind) for k in by_kind))
nested = {k.name.lower(): {p: [c for c in ws if c % p == 0][:3] for p in (2, 3)} for k, ws in by_kind.items()}
print(nested)
gen = (w.position for w in tray.widgets.values() if w.kind in (WidgetKind.BUTTON, WidgetKind.LABEL))
print(sum(gen), list(gen), [(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
