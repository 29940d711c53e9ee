# Pins seek and tell on text and binary files, whence values and seek errors.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "wb") as f:
    f.write(b"0123456789")
    print(f.tell())
with open(p, "rb") as f:
    print(f.seek(3), f.read(2), f.tell(), f.seek(2, 1), f.read(1), f.seek(-3, 2), f.read(), f.tell())
    print(f.seek(100), f.read(), f.tell())
    try:
        f.seek(0, 5)
    except ValueError as e:
        print(e)
    try:
        f.seek(-1)
    except (ValueError, OSError) as e:
        print(type(e).__name__)
with open(p) as f:
    print(f.read(4), f.tell(), f.seek(0), f.read(2), f.seek(0, 2), f.read())
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except OSError as e:
        print(type(e).__name__, e)

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
