# Chained comparisons, f-strings, slices, displays, walrus, conditional
# expressions, imports, del, augmented assignment on attributes and items.
import os.path
from collections import abc as a, OrderedDict
from .sibling import *

def exprs(seq, obj, d):
    if 0 < (n := len(seq)) <= 10:
        print(f"{n!r:>{n}} items: {seq[1:-1:2]}")
    obj.attr += 1
    d["k"] *= n
    del d["k"], obj.attr
    m = {"a": 1, **d, "b": [*seq, n]}
    return m if n else seq[::-1], not n, -n, ~n, n @ n
