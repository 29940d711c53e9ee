# Pins where an assert's failure points: the last comparison its test checks (here `y > 1` of an and), not the whole statement.
def check(x, y):
    assert x and y > 1, "y too small"
    return y
check(1, 5)
check(1, 0)
