# Pins os.makedirs: missing parents, exist_ok, and the errors of existing paths.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
deep = os.path.join(d, "a", "b", "c")
print(os.makedirs(deep), os.path.isdir(deep))
os.makedirs(deep, exist_ok=True)
os.makedirs(os.path.join(d, "a", "b2/"))
print(sorted(os.listdir(os.path.join(d, "a"))))
try:
    os.makedirs(deep)
except FileExistsError as e:
    print(type(e).__name__, e.errno, str(e).replace(d, "<d>"))
open(os.path.join(d, "f"), "w").close()
try:
    os.makedirs(os.path.join(d, "f"), exist_ok=True)
except FileExistsError as e:
    print(type(e).__name__, str(e).replace(d, "<d>"))
for p in (deep, os.path.join(d, "a", "b2"), os.path.join(d, "a", "b"), os.path.join(d, "a")):
    os.rmdir(p)
os.remove(os.path.join(d, "f"))
os.rmdir(d)
print(os.path.exists(d))
