# co_varnames, co_cellvars and co_freevars hold their own references to the names (read many times)
def outer(a, b):
    c = a + b
    def inner(d):
        return c + d + a
    return inner

f = outer(1, 2)
for _ in range(50):
    names = (outer.__code__.co_varnames, outer.__code__.co_cellvars, f.__code__.co_freevars,
             f.__code__.co_varnames)
print(names, f(3))
del names
print(outer.__code__.co_varnames, f.__code__.co_freevars)
