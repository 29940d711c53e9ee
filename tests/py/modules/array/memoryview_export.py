# Pins memoryview over an array: format, values, writes through, and resize refusal.
import array
a = array.array("i", [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.tolist(), m[0], len(m))
m[1] = 20
print(a)
try:
    a.append(4)
except BufferError as e:
    print(e)
m.release()
a.append(4)
print(a)
with memoryview(a) as v:
    print(v[-1], v[1:3].tolist())
a.append(5)
print(a)
