# Pins the traceback of a bare re-raise: it shows the original raising line.
def risky():
    return {}["k"]
try:
    risky()
except KeyError:
    print("logging and re-raising")
    raise
