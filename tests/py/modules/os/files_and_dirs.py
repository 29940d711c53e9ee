# Pins mkdir, listdir, exists/isfile/isdir, getsize, rename, remove and rmdir.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
print(os.path.isdir(d), os.listdir(d))
with open(os.path.join(d, "a.txt"), "w") as f:
    f.write("12345")
os.mkdir(os.path.join(d, "sub"))
print(sorted(os.listdir(d)))
a = os.path.join(d, "a.txt")
print(os.path.exists(a), os.path.isfile(a), os.path.isdir(a), os.path.getsize(a))
os.rename(a, os.path.join(d, "b.txt"))
print(sorted(os.listdir(d)), os.path.exists(a))
os.remove(os.path.join(d, "b.txt"))
os.rmdir(os.path.join(d, "sub"))
print(os.listdir(d))
os.rmdir(d)
print(os.path.exists(d))
