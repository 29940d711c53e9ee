# Pins reading and writing files larger than the buffers, line by line and at once.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
lines = ["line %d %s\n" % (i, "x" * (i % 50)) for i in range(3000)]
with open(p, "w") as f:
    for l in lines:
        f.write(l)
with open(p) as f:
    back = f.readlines()
print(back == lines, len(back))
with open(p) as f:
    print(sum(1 for _ in f), f.tell() == os.path.getsize(p))
data = bytes(range(256)) * 100
with open(p, "wb") as f:
    f.write(data)
with open(p, "rb") as f:
    parts = []
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        parts.append(chunk)
print(b"".join(parts) == data, len(parts))

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
