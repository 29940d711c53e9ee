# Pins implicit chaining: an exception raised while handling another gets __context__ set.
try:
    try:
        [][1]
    except IndexError:
        int("bad")
except ValueError as e:
    print(repr(e), "<-", repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError as ke:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
except TypeError as t:
    print(repr(t), repr(t.__context__), repr(t.__context__.__context__))
