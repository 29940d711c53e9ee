# Pins AssertionError, NotImplementedError and the NotImplemented constant's behavior in comparisons.
try:
    assert 1 > 2, ("tuple", "message")
except AssertionError as e:
    print(e.args, str(e))
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(NotImplemented), (1).__eq__("x"), (1).__lt__(2.0), bool(1 == "x"))
