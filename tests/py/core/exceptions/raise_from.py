# Pins raise ... from ...: __cause__, __suppress_context__, __context__ still set, and from None.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__, v.__cause__ is v.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as r:
    print(r.__cause__, repr(r.__context__), r.__suppress_context__)
try:
    raise TypeError("t") from ValueError("explicit cause")
except TypeError as t:
    print(repr(t.__cause__), t.__context__, t.__suppress_context__)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
