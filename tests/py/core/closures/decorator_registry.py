# Pins decorators that register and return the original function, and decorator expressions evaluated at def time.
registry = {}
def register(name):
    print("factory called with", name)
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("first")
def f():
    return 1
@register("second")
def g():
    return 2
print(sorted(registry), registry["first"] is f, g())
decos = [lambda fn: (lambda: fn() * 10)]
@decos[0]
def h():
    return 4
print(h())
