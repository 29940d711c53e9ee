# Pins FileNotFoundError, IsADirectoryError and friends with CPython's messages.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
def show(*args):
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(d, "<d>"), e.filename.replace(d, "<d>"), e.strerror)
show(os.path.join(d, "missing"))
show(os.path.join(d, "missing"), "rb")
show(os.path.join(d, "no", "dir"), "w")
show(d)
show(d, "w")
show(d, "a")
try:
    open(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print(isinstance(e, OSError), e.args[0], e.args[1])

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
