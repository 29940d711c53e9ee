# Pins reading \r, \r\n and \n line ends with newline=None, '', '\n', '\r' and '\r\n'.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r\r\ne")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(p) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read()))

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
