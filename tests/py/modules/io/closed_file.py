# Pins the ValueError of operations on a closed file and the closed attribute.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
f = open(p, "w")
print(f.closed)
f.close()
f.close()
print(f.closed)
for op in ("read", "readline", "readlines", "tell", "flush", "__enter__"):
    try:
        getattr(f, op)()
    except ValueError as e:
        print(op, e)
for call in (lambda: f.write("x"), lambda: f.seek(0), lambda: iter(f), lambda: f.writelines([])):
    try:
        call()
    except ValueError as e:
        print(e)
with open(p) as g:
    pass
print(g.closed)

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
