# Cells, free variables, closures, lambdas, decorators, nonlocal, global.
counter = 0

def outer(a, *, key=None, **kw):
    b = a * 2
    def inner(c=b):
        nonlocal b
        b += c
        return a + b
    f = lambda y, z=3: y + b + z
    return inner, f

def bump():
    global counter
    counter += 1
    del counter

@staticmethod
@outer(1)
def decorated(p: int, /, q: "str" = "x") -> bool:
    return p < q
