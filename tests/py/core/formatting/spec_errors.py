# Pins ValueError messages of invalid format specs for ints and floats.
cases = [(1, "z"), (1, ".2d"), (1.5, "d"), (1.5, "x"), (1, ",s"), (1, "c,"), (1, "_,"), (1, ",_"),
         (1.5, "=s"), (2 ** 32, "c"), ("x", "c"), (1, "10.2.3"), (None, ">5")]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
