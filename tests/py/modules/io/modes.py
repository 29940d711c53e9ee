# Pins the r w a x + modes: truncation, appending, exclusive creation, update.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("first\n")
with open(p, "a") as f:
    f.write("second\n")
with open(p) as f:
    print(repr(f.read()))
with open(p, "w") as f:
    f.write("new")
with open(p) as f:
    print(repr(f.read()))
with open(p, "r+") as f:
    print(repr(f.read(1)))
    f.seek(0)
    f.write("N")
with open(p) as f:
    print(repr(f.read()))
with open(p, "a+") as f:
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
with open(p, "w+") as f:
    f.write("xyz")
    f.seek(0)
    print(repr(f.read()))
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
q = os.path.join(d, "g.txt")
with open(q, "x") as f:
    f.write("created")
with open(q) as f:
    print(f.read())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
