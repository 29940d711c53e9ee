# global and nonlocal declarations.
counter = 0
global counter2


def bump():
    global counter, fresh
    counter += 1
    fresh = counter


def reader():
    global counter
    return counter


def outer():
    a = b = 0

    def inner():
        nonlocal a, b
        a, b = b, a

        def deeper():
            nonlocal a
            a = 1
            return b

        return deeper

    return inner


def global_in_nested():
    x = 1

    def f():
        global x
        x = 2

        def g():
            return x

        return g

    return f


class WithGlobal:
    global gc
    gc = 1

    def m(self):
        return gc


def nonlocal_through_class():
    v = 1

    class C:
        def m(self):
            nonlocal v
            v = 2

    return C
