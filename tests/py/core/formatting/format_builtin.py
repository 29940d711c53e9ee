# Pins format() builtin and __format__ of builtin types with empty specs (same as str()).
for v in (1, -1.5, "s", None, [1, 2], (1,), {"a": 1}, True, 1e100, 2 ** 70):
    print(repr(format(v)), repr(format(v, "")), repr(str(v)))
try:
    format([1], "10")
except TypeError as e:
    print(e)
try:
    format(None, "s")
except TypeError as e:
    print(e)
