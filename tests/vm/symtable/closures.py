# Free variables through three levels, and the functions in between.
def outer(a, b=1, *args, c, d=2, **kw):
    x = 1
    y = 2

    def middle():
        z = x  # x is free here, cell in outer

        def inner():
            return x + y + z + a  # y passes through middle as free

        return inner

    def writer():
        nonlocal x
        x += 1
        return kw

    return middle, writer


def shadowing():
    v = 1

    def f():
        v = 2  # its own local: no cell in shadowing

        def g():
            return v

        return g

    return f


def param_cell(p, /, q):
    return lambda: p + q


def unused_outer():
    w = 0

    def f():
        def g():
            def h():
                return w

            return h

        return g

    return f


def global_between():
    n = 1

    def f():
        global n

        def g():
            return n  # global: the global declaration hides outer's n

        return g

    return f


def declared_later():
    def f():
        return later

    later = 3
    return f


def deleted():
    k = 1
    del k

    def f():
        return k

    return f
