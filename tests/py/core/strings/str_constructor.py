# Pins str() of various objects, str(bytes, encoding), and decode errors.
print(str(), str(12), str(-1.5), str([1, "a"]), str((1,)), str({"a": None}), str(None), str(True))
print(str(b"abc"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"a\xffb", "latin-1"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
print(type(str(5)).__name__, str(str) == "<class 'str'>", str(int), repr(str))
