# Pins that no marker line is printed when the failing expression spans the whole line.
def check(x):
    raise ValueError(f"bad value: {x}")
check(42)
