# Pins comprehensions referencing function locals, parameters and nonlocal cells.
def scale(xs, k):
    return [x * k for x in xs]
def make():
    base = 100
    def f(xs):
        return {x: base + x for x in xs}
    return f
print(scale([1, 2], 3), make()([1, 2]))
def outer():
    total = 0
    def add_all(xs):
        nonlocal total
        total += sum(x for x in xs)
        return total
    return add_all
a = outer()
print(a([1, 2]), a([10]))
def filt(pred):
    return [x for x in range(10) if pred(x)]
print(filt(lambda v: v % 4 == 0))
