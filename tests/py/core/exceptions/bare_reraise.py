# Pins bare raise re-raising the current exception (same object), and re-raise after nested handling.
def f():
    try:
        raise KeyError("first")
    except KeyError as e:
        saved = e
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
try:
    f()
except KeyError as e:
    print("re-raised", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.args = ("changed message",)
        raise
except ZeroDivisionError as z2:
    print(z2, z2.args)
