# Pins the traceback of a TypeError for wrong arguments (error raised at the call site).
def point(x, y, *, label):
    return (x, y, label)
print(point(1, 2, label="a"))
point(1, 2, 3)
