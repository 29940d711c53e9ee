# Pins closures over a cell mutated with nonlocal: independent counters per call of the factory.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
a = make_counter()
b = make_counter(100)
print(a(), a(), a(5), b(), a())
print(a.__closure__[0].cell_contents, b.__closure__[0].cell_contents)
print(a.__code__.co_freevars, make_counter.__code__.co_cellvars)
