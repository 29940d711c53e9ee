# Pins attributes of specific exceptions: KeyError args, StopIteration.value, SystemExit.code, OSError errno/strerror, UnicodeDecodeError fields.
try:
    next(iter([]))
except StopIteration as e:
    print(repr(e), e.value)
e = StopIteration(42)
print(e.value, e.args)
e = SystemExit(2)
print(e.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
try:
    b"ab\xff".decode("utf-8")
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
