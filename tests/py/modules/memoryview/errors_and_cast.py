# Pins memoryview's constructor errors, index errors and cast between formats.
for bad in (5, "abc", [1], None):
    try:
        memoryview(bad)
    except TypeError as e:
        print(e)
m = memoryview(b"abcd")
for key in (9, -9):
    try:
        m[key]
    except IndexError as e:
        print(e)
try:
    m["x"]
except TypeError as e:
    print(e)
c = m.cast("H")
print(c.format, c.itemsize, len(c), c.tolist(), c.cast("B").tolist())
i = memoryview(bytearray(8)).cast("i")
i[1] = -2
print(i.tolist(), bytes(i.obj))
try:
    m.cast("i" if False else "q")
except TypeError as e:
    print(e)
