# Pins the io module's names, the file classes' names, and the buffering argument's checks.
import io
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
for name in ("TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "StringIO", "BytesIO"):
    cls = getattr(io, name)
    print(name, cls.__name__, cls.__module__)
print(io.open is open, issubclass(io.UnsupportedOperation, OSError))
import os
p = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
with open(p, "wb") as f:
    try:
        f.encoding
    except AttributeError as e:
        print(e)
try:
    open(p, "w", buffering=0)
except ValueError as e:
    print(e)
with open(p, "rb", buffering=-1) as f:
    print(f.read())
os.remove(p)
