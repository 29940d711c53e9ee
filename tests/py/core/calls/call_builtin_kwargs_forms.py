# Pins calling builtins with ** unpacking and positional-only parameter errors of builtins.
print(sorted([3, 1], **{"reverse": True}), int("10", **{"base": 2}), dict(**{"a": 1}), max(*[4, 8]))
for t in (lambda: len(obj=[1]), lambda: abs(x=-1), lambda: divmod(a=1, b=2), lambda: "a".split(None, -1, 5)):
    try:
        print(t())
    except TypeError as e:
        print(e)
