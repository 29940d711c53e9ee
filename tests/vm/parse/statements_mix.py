import os, sys as s
from . import (a, b as c)
from ..x.y import *
x = 1 + 2 * 3 ** -4
a, *b = c = d
x: int = 5
(y): int
x += 1
def f(a, /, b=1, *c, d, e=2, **f) -> int:
    """doc"""
    return a if b else c
@dec
class C(B, metaclass=M):
    pass
for i in range(10):
    if i: break
    elif i > 2: continue
    else: pass
else:
    pass
while x: x -= 1
try:
    pass
except E as e:
    raise X from e
except:
    pass
else:
    pass
finally:
    pass
with a as b, c:
    pass
with (a as b, c as d,):
    pass
async def g():
    async for x in y: await z
    async with a: pass
lambda x, *y, **z: 0
[x for x in y if x for z in w]
{a: b for a, b in c}
{a for a in b}
(x for x in y)
f(x for x in y)
f(a, *b, c=1, **d)
a[1:2, ::3, *b]
x = yield
print(f"{x!r:>{w}} {y=} {{}}")
del a, b[0], c.d
global g; nonlocal_ = 1
assert x, "msg"
x = 1 < 2 <= 3 != 4 is not 5 not in 6
x = not a and b or c
x = a | b ^ c & d << e >> f
x = ~a // b % c @ d
x = (y := 10)
match = 3; match(x); match.x
x = 0x_ff + 0o17 + 0b101 + 1_000.5e-3j + 1e16 + .5
s = b"\x00\x27" rb"\d" ; s = "é\u200b" "\\N" r"\n"
