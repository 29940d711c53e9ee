# Pins stacked decorators built with wraps: timing-free counters and argument checks.
from functools import wraps
def counted(fn):
    @wraps(fn)
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
def positive(fn):
    @wraps(fn)
    def w(x):
        if x < 0:
            raise ValueError(f'{fn.__name__} needs x >= 0, got {x}')
        return fn(x)
    return w
@counted
@positive
def root(x):
    "integer square root"
    r = 0
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r
print([root(n) for n in (0, 1, 15, 16, 99)], root.calls, root.__name__, root.__doc__)
try:
    root(-4)
except ValueError as e:
    print('ValueError', e)
print(root.__wrapped__.__wrapped__(50))
