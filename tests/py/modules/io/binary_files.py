# Pins binary mode: bytes in and out, read(n), readline, iteration, write of buffers.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "wb") as f:
    print(f.write(b"abc\ndef\n"), f.write(bytearray(b"\x00\xff")), f.write(memoryview(b"xyz")))
with open(p, "rb") as f:
    print(f.read(2), f.readline(), f.readline(), f.read(), f.read(), f.read(5))
with open(p, "rb") as f:
    print(list(f))
with open(p, "rb") as f:
    print(f.readlines(), type(f).__name__)
with open(p, "rb") as f:
    print(f.readline(2), f.readline(100))

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
