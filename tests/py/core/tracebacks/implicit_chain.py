# Pins "During handling of the above exception, another exception occurred:" for implicit chaining.
def cleanup():
    raise OSError("cleanup failed")
try:
    [1, 2, 3][10]
except IndexError:
    cleanup()
