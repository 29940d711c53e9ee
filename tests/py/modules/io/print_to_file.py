# Pins print(file=...) to a text file and a StringIO, and sys.stdout being untouched.
import io
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    print("a", 1, sep="-", end="!\n", file=f)
    print(file=f)
    print("z", file=f)
with open(p) as f:
    print(repr(f.read()))
s = io.StringIO()
print("x", "y", file=s)
print(repr(s.getvalue()))

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
