# Pins an uncaught AssertionError with a message and its markers.
def validate(n):
    assert n > 0, f"n must be positive, got {n}"
    return n
validate(5)
validate(-1)
