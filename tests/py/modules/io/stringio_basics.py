# Pins io.StringIO: write, getvalue, read, readline, seek, tell, iteration.
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()), repr(s.read()))
print(s.seek(0), repr(s.readline()), repr(s.read(3)), repr(s.read()))
s = io.StringIO("a\nb\nc")
print(list(s), s.readlines())
s.seek(0)
print(s.readlines(), s.tell())
with io.StringIO("ctx") as t:
    print(t.read())
print(t.closed)
s = io.StringIO("abc")
print(s.seek(10), s.write("x"), repr(s.getvalue()))
s = io.StringIO("abcdef")
s.seek(2)
print(s.truncate(), s.getvalue(), s.tell(), s.truncate(1), s.getvalue())
print(print("via file", file=io.StringIO()))
