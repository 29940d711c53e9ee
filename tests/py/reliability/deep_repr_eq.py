# Pins RecursionError (never a crash) for repr and == of structures nested 100,000 deep.
def nest(kind, depth):
    x = kind()
    for _ in range(depth):
        x = {1: x} if kind is dict else kind([x])
    return x
for kind in (list, tuple, dict):
    a, b = nest(kind, 100000), nest(kind, 100000)
    for what, f in (("repr", repr), ("eq", lambda a: a == b), ("str", str)):
        try:
            f(a)
            print(kind.__name__, what, "worked")
        except RecursionError as e:
            print(kind.__name__, what, type(e).__name__, e)
    print(kind.__name__, "shallow", repr(nest(kind, 3)), nest(kind, 50) == nest(kind, 50))
