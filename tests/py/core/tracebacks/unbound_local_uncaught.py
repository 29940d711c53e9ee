# Pins an uncaught UnboundLocalError traceback (3.11 wording) with markers.
total = 0
def add(x):
    total += x
    return total
add(1)
