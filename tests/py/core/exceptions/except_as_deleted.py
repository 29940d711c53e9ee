# Pins that the `as` variable is deleted after the except block (NameError / UnboundLocalError afterwards).
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("after:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print(err)
saved = None
try:
    raise KeyError("kept")
except KeyError as e2:
    saved = e2
print("saved survives:", repr(saved))
