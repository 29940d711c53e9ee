# Instruction positions (line:col-end_line:end_col), as CPython 3.11's
# co_positions() gives them to the traceback's ^^^^ markers.
def f(obj, xs, k):
    y = obj.attr + xs[0] * k
    obj.meth(y,
             k)
    obj.field.sub = y
    z = (obj
         .chain
         .call(1))
    xs[k] += y
    obj.count -= 1
    return len(xs) // y, z
x = f(1, [2], 3)
x += 3
import os.path as p
raise ValueError(f"{x!r:>10}") from None
