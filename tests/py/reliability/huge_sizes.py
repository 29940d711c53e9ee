# Pins MemoryError and OverflowError for sizes no machine can hold, raised before any attempt to fill them.
for expr in ["[0] * 10**12", "'a' * 10**18", "'a' * 10**19", "[0] * 10**19",
             "b'x' * 10**18", "(1,) * 10**12", "bytearray(10**15)", "[1, 2] * (2**62)",
             "'ab' * (2**62)"]:
    try:
        eval(expr)
        print(expr, "worked?")
    except (MemoryError, OverflowError) as e:
        print(expr, type(e).__name__, e)
print("still running:", [0] * 3, "a" * 3)
