# Pins the TypeErrors of writing the wrong type to text and binary files.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    for v in (b"x", 5, None):
        try:
            f.write(v)
        except TypeError as e:
            print(e)
with open(p, "wb") as f:
    for v in ("x", 5, [1]):
        try:
            f.write(v)
        except TypeError as e:
            print(e)

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
