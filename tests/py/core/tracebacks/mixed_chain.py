# Pins a chain mixing an implicit context under an explicit cause.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    raise TypeError("wrapped") from e
