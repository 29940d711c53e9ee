# Pins %-formatting errors: wrong arg count, wrong types, unsupported chars, missing mapping keys.
cases = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s", ()), ("%z", 1), ("%c", "ab"),
         ("%c", -1), ("%(a)s", 1), ("%(a)s", {"b": 1}), ("%x", 1.5), ("%", 1), ("no format", 1), ("%5%", ())]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
