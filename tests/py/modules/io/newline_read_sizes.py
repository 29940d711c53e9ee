# Pins newline handling when reads of different sizes split \r\n pairs, per newline mode.
import os
p = os.path.join("/tmp", "tierpy-test-%d" % os.getpid())
with open(p, "wb") as f:
    f.write(b"ab\r\r\n\n\rc\r\nd\n\r")
for nl in (None, "", "\n", "\r", "\r\n"):
    for sizes in ((1, 2, 3, 4), (3, 1), (2,), (5, -1)):
        with open(p, newline=nl) as f:
            parts = []
            k = 0
            while True:
                n = sizes[k % len(sizes)]
                s = f.read(n) if k % 2 == 0 else f.readline()
                k += 1
                parts.append(s)
                if not s:
                    break
        print(repr(nl), sizes, parts)
os.remove(p)
