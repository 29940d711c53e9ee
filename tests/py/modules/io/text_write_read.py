# Pins writing then reading a UTF-8 text file: read, read(n), readline, readlines.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    print(f.write("héllo\n"), f.write("wörld ✓\n"), f.write("last"))
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p, encoding="utf-8") as f:
    print(f.readline(2), f.readline(100), f.read(0), f.read(-1))

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
