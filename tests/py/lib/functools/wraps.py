# Pins wraps/update_wrapper copying __name__, __doc__, __dict__ and __wrapped__.
from functools import wraps, update_wrapper
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k) * 2
    return inner
@deco
def double_me(x):
    "Returns x."
    return x
double_me.__dict__
print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__(5))
def target(): pass
target.extra = 'kept'
def w(): pass
update_wrapper(w, target)
print(w.__name__, w.extra, w.__wrapped__ is target, w.__qualname__)
