# Pins partial calls, merged keywords, nesting, attributes and repr.
from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=40)
print(p(2), p(2, 30), p(2, d=5), p.args, p.keywords, p.func is f)
q = partial(p, 2)
print(q(), q.args, q.func is f)
print(repr(partial(int, base=2)), partial(int, base=2)('101'))
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
