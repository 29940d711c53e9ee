# Pins interleaved reads, writes and seeks on an r+ file, and truncate.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "wb") as f:
    f.write(b"abcdefghij")
with open(p, "r+b") as f:
    print(f.read(3))
    f.write(b"XY")
    print(f.read(2), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(p, "rb") as f:
    print(f.read())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
