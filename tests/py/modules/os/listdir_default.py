# Pins os.listdir() of the working directory and of a fresh directory.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
here = os.listdir()
print(type(here).__name__, here == os.listdir("."), "modules" in here)
for name in ["x", "y", "z"]:
    open(os.path.join(d, name), "w").close()
print(sorted(os.listdir(d)), len(os.listdir(d)))
print(os.path.exists(os.path.join(d, "x")), os.path.exists(os.path.join(d, "nope")))

def cleanup(path):
    for name in os.listdir(path):
        p = os.path.join(path, name)
        if os.path.isdir(p):
            cleanup(p)
        else:
            os.remove(p)
    os.rmdir(path)
cleanup(d)
