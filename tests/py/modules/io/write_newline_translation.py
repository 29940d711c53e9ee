# Pins how '\n' is written under newline=None, '', '\n', '\r' and '\r\n'.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\r\nc\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
