# Pins repr() vs str() for builtin objects (no addresses): strings, numbers, containers, types, builtins.
for v in ("s", 1, 1.0, None, True, [1, "a"], (1,), {"k": "v"}, {1}, frozenset([2]), range(3), b"x", bytearray(b"y"),
          int, str, len, type(None), Ellipsis, NotImplemented, slice(1, 2), 1j, ValueError("m"), print, list.append):
    print(repr(v), "|", str(v))
