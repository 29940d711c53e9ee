# Pins io.StringIO's argument errors and operations on a closed StringIO.
import io
for bad in (5, b"x"):
    try:
        io.StringIO(bad)
    except TypeError as e:
        print(e)
s = io.StringIO("x")
try:
    s.write(b"y")
except TypeError as e:
    print(e)
try:
    s.seek(-1)
except ValueError as e:
    print(e)
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
s.close()
for call in (s.read, s.getvalue, s.tell, lambda: s.write("z")):
    try:
        call()
    except ValueError as e:
        print(e)
print(s.closed)
