# Pins the TypeError messages for too many positional arguments (with defaults, kw-only, zero params).
def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def fk(a, *, k): pass
def fkd(a, *, k=1): pass
tests = [lambda: f0(1), lambda: f0(1, 2), lambda: f1(1, 2), lambda: f2(1, 2, 3),
         lambda: fk(1, 2, k=3), lambda: fkd(1, 2), lambda: fkd(1, 2, 3, k=0),
         lambda: (lambda: 0)(1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
