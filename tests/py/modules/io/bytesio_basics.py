# Pins io.BytesIO: write, getvalue, read, seek with whence, readline, errors.
import io
b = io.BytesIO(b"abc")
print(b.read(2), b.write(b"XYZ"), b.getvalue(), b.tell())
print(b.seek(5), b.write(b"!"), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-1, 1), b.read())
b = io.BytesIO(b"l1\nl2\nl3")
print(b.readline(), b.readlines(), list(io.BytesIO(b"x\ny")))
b = io.BytesIO()
b.write(bytearray(b"ba"))
b.write(memoryview(b"mv"))
b.writelines([b"1", b"2"])
print(b.getvalue(), len(b.getvalue()))
try:
    b.write("str")
except TypeError as e:
    print(e)
try:
    b.seek(-1)
except ValueError as e:
    print(e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
print(b.closed)
