# Pins exception notes (PEP 678) in reports: add_note, multi-line and non-str notes, a __notes__ that is not a list, traceback.format_exception, and an uncaught chained exception with notes.
import traceback


def report(e):
    print("".join(traceback.format_exception(e)), end="")


try:
    raise ValueError("v")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second\nspans two lines")
    report(e)
    print(e.__notes__)
    kept = e
try:
    kept.add_note(42)
except TypeError as err:
    print("TypeError", err)
k = KeyError("k")
k.__notes__ = ["str note", 7, None]
report(k)
k.__notes__ = "not a list"
report(k)
k.__notes__ = ("tuple", "notes")
report(k)
try:
    k.add_note("x")
except TypeError as err:
    print("TypeError", err)
del k.__notes__
print(hasattr(k, "__notes__"))
try:
    del k.__notes__
except AttributeError as err:
    print("AttributeError", err)


def inner():
    try:
        raise ValueError("inner")
    except ValueError as e:
        e.add_note("note on the cause")
        err = TypeError("outer")
        err.add_note("note on the outer error")
        raise err from e


inner()
