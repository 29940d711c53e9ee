# Pins getattr (with default), setattr, hasattr, delattr on a function object and a trivial class instance.
def f():
    pass
class C:
    pass
c = C()
setattr(c, "x", 1)
setattr(f, "note", "hi")
print(getattr(c, "x"), getattr(c, "y", "default"), hasattr(c, "x"), hasattr(c, "y"), getattr(f, "note"), getattr(f, "__name__"))
delattr(c, "x")
print(hasattr(c, "x"), vars(c), f.__dict__)
for call in (lambda: getattr(c, "nope"), lambda: delattr(c, "nope"), lambda: getattr(c, 5), lambda: getattr(1, "real", 0) and setattr(1, "real", 2)):
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([], "nope", None))
