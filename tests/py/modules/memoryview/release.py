# Pins release() and the context manager, and errors on a released view.
m = memoryview(b"abc")
with m as v:
    print(v is m, v[0])
for call in (lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.format, lambda: m.tolist()):
    try:
        call()
    except ValueError as e:
        print(e)
m.release()
m2 = memoryview(bytearray(b"q"))
m2.release()
print(m2 == m2, m == b"abc")
