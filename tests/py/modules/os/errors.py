# Pins the OSError subclasses and messages of failing os calls.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
def show(f, *args):
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(d, "<d>"), e.filename == args[0])
show(os.remove, os.path.join(d, "missing"))
show(os.rmdir, os.path.join(d, "missing"))
show(os.listdir, os.path.join(d, "missing"))
show(os.mkdir, d)
with open(os.path.join(d, "f"), "w"):
    pass
show(os.listdir, os.path.join(d, "f"))
show(os.mkdir, os.path.join(d, "f", "x"))
os.mkdir(os.path.join(d, "full"))
open(os.path.join(d, "full", "x"), "w").close()
show(os.rmdir, os.path.join(d, "full"))
show(os.remove, d)
try:
    os.remove(5.5)
except TypeError as e:
    print(e)

def cleanup(path):
    for name in os.listdir(path):
        p = os.path.join(path, name)
        if os.path.isdir(p):
            cleanup(p)
        else:
            os.remove(p)
    os.rmdir(path)
cleanup(d)
