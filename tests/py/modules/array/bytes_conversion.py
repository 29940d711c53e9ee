# Pins tobytes, frombytes, tolist, fromlist, byteswap and bytes() of an array.
import array
a = array.array("H", [1, 256, 65535])
b = a.tobytes()
print(b, bytes(a), len(b))
c = array.array("H")
c.frombytes(b)
print(c == a, c.tolist())
c.fromlist([7, 8])
print(c)
c.byteswap()
print(c)
d = array.array("d", [1.0, -2.5])
print(d.tobytes(), array.array("d", d.tobytes()) == d)
try:
    c.frombytes(b"abc")
except ValueError as e:
    print(e)
try:
    c.fromlist((1, 2))
except TypeError as e:
    print(e)
