if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
else: pass
if (a := 1): x = 1; y = 2;
while a:
    if b:
        break
    else:
        continue
else:
    pass
for x in y:
    pass
else:
    pass
for x, y in z: pass
for (x, y) in z: pass
for [x, *y] in z: pass
for x.a in y: pass
for x[0] in y: pass
for x in *a, *b: pass
for x in a, b: pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E, F) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a: pass
with a as b: pass
with a as b, c as d: pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c, d as e[0]: pass
with (a): pass
with (a) as b: pass
with (a, b): pass
with (a, b) as c: pass
with (a as b): pass
with (a as b, c): pass
with (a as b, c as d,): pass
with (yield): pass
with (): pass
with (a, b,) as c: pass
del a
del a, b
del (a, b)
del [a, b]
del a.b, a[0], a[1:2]
del (a), [b]
global a, b
def f():
    global x
    nonlocal y
    return
raise
raise E
raise E from F
raise E(x) from None
assert a
assert a, "message"
import a
import a.b.c
import a as b, c.d as e
from a import b
from a.b import c as d, e
from . import a
from .. import b
from ... import c
from .... import d
from .a.b import c
from ...a import (b, c,)
from a import *
from a import (b)
pass; pass
x = 1;
