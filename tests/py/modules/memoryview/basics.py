# Pins memoryview over bytes and bytearray: len, indexing, slicing, tobytes, tolist, attributes.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tolist(), bytes(m[2:]))
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.obj, m[::2].strides)
print(m.tolist(), m.hex(), m[1:3].hex(), list(m[4:]))
print(m == b"abcdef", m[1:3] == b"bc", m == b"x", m[::2] == memoryview(b"ace"))
print(bytes(memoryview(bytearray(b"xy"))), memoryview(b"")[:].tobytes())
print(hash(m) == hash(b"abcdef"), type(m).__name__)
