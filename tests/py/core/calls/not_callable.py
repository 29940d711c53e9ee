# Pins "'X' object is not callable" for common non-callables.
for v in (1, None, "s", [1], (1,), {}, 1.5, True):
    try:
        v()
    except TypeError as e:
        print(e)
d = {"f": len}
print(d["f"]("abc"))
