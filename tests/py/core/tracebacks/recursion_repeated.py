# Pins "[Previous line repeated N more times]" compression of identical frames.
def countdown(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return countdown(n - 1)
countdown(20)
