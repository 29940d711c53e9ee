# Pins open()'s argument checks and their messages.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
open(p, "w").close()
for mode in ("rw", "rq", "", "bt", "rr", "b", "+", "wa", "r++"):
    try:
        open(p, mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in ({"encoding": "utf-8"}, {"newline": ""}):
    try:
        open(p, "rb", **kw)
    except ValueError as e:
        print(e)
try:
    open(p, newline="x")
except ValueError as e:
    print(e)
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
for bad in (3.5, None, [p]):
    try:
        open(bad)
    except TypeError as e:
        print(e)

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
