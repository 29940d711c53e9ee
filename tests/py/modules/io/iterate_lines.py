# Pins iterating over a text file's lines and the for-loop protocol.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.writelines(["one\n", "two\n", "\n", "four"])
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(next(f), list(f), list(f))
with open(p) as f:
    print(iter(f) is f, [len(l) for l in f])

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
