# Pins name, mode, encoding, repr and type names of text and binary files.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
for mode in ("w", "r", "a", "r+", "wb", "rb", "ab", "r+b", "w+b", "a+b"):
    with open(p, mode) as f:
        print(mode, type(f).__name__, f.mode, f.name == p, repr(f).replace(p, "<p>"))
with open(p, encoding="latin-1") as f:
    print(f.encoding, repr(f).replace(p, "<p>"))
with open(p) as f:
    print(f.encoding, type(f.fileno()).__name__, f.isatty())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
