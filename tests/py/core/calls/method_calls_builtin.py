# Pins calling methods of builtin types with keyword arguments and their errors.
print("a,b,c".split(sep=",", maxsplit=1))
print(sorted([3, 1, 2], reverse=True))
print(int("ff", base=16), int("11", 2))
print("x".center(5, "*"), "abc".encode(encoding="ascii"))
for t in (lambda: [].append(), lambda: [].append(1, 2), lambda: "abc".split(foo=1),
          lambda: "x".join(), lambda: {}.get(), lambda: [1].sort(1)):
    try:
        t()
    except TypeError as e:
        print(e)
