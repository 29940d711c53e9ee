# Pins writing through a memoryview of a bytearray, and its errors.
ba = bytearray(b"xyz")
m = memoryview(ba)
m[0] = 65
m[1:3] = b"BC"
print(ba, m.readonly)
m[::2] = b"pq"
print(ba)
for call in (lambda: m.__setitem__(0, 300), lambda: m.__setitem__(0, "a"), lambda: m.__setitem__(slice(0, 2), b"abc"),
             lambda: memoryview(b"ro").__setitem__(0, 1), lambda: m.__delitem__(0)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
