# Pins io.UnsupportedOperation for reading a write-only file and writing a read-only one.
import io
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError))
    print(f.readable(), f.writable(), f.seekable())
with open(p) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
    print(f.readable(), f.writable())
with open(p, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print(e)

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
