# Pins io.StringIO's newline argument (None, empty, LF, CR, CRLF) on the initial value, write, getvalue, readline, readlines and iteration, and bad values.
import io
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.write("x\ny\r\n"), repr(s.getvalue()))
    s.seek(0)
    print([s.readline() for _ in range(6)], list(io.StringIO("p\rq\r\nr", newline=nl)))
for bad in ("x", 5):
    try:
        io.StringIO(newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = io.StringIO(newline=None); s.write("a\r"); s.write("\nb"); print(repr(s.getvalue()))
print(repr(io.StringIO("abc\ndef").readline(2)), repr(io.StringIO("x\r\ny", newline="").readline(2)))
