# Class bodies are not enclosing scopes for their methods.
x = "module"


def make():
    x = "function"
    y = "function"

    class C:
        x = "class"  # bound in the class and free in a method
        z = y  # y is free in the class body

        def method(self):
            return x  # the function's x, not the class's

        def other(self):
            return z  # global: the class's z is invisible

        class Inner:
            def deep(self):
                return x + y

    return C


class Top:
    attr = 1
    __private = 2
    __dunder__ = 3

    def __init__(self, __arg):
        self.__private = __arg
        __local = 1
        return __local

    def use(self):
        import __mangled.sub
        from m import __name
        return __private, __name, __mangled

    class __Nested:
        __deep = 1


class _:
    __x = 1  # a class of underscores does not mangle


class __Under:
    __y = 1


@decorator(arg)
class Decorated(Base, metaclass=Meta, **extra):
    pass
