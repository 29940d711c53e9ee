# Pins that an exception inside a comprehension raised while handling another keeps the __context__.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__))
