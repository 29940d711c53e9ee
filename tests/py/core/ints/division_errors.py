# Pins ZeroDivisionError messages for int /, //, %, divmod and with floats.
for expr in ("1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1 // 0.0", "1.5 % 0", "divmod(1.0, 0.0)", "0 ** -1", "0.0 ** -1", "10**100 // 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(f"{expr:16} -> {e}")
