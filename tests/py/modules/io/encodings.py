# Pins text files in latin-1 and ascii: encoding, decoding, and their errors.
import os
d = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w", encoding="latin-1") as f:
    f.write("café ÿ")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read())
with open(p, "w", encoding="ascii") as f:
    f.write("plain")
with open(p, encoding="ascii") as f:
    print(f.read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(p, "wb") as f:
    f.write(b"caf\xe9")
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
with open(p, encoding="utf8") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason)

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
