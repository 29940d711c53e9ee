# super() and __class__ make the class keep an implicit cell.
class A:
    def f(self):
        return super().f()

    def g(self):
        return __class__

    def h(self):
        def inner():
            return super()  # free in inner, so free in h too

        return inner

    def lam(self):
        return lambda: super()

    def no_super(self):
        return 1


class B:
    def plain(self):
        return self


class C:
    class D:
        def f(self):
            return __class__  # D's cell, not C's

    def g(self):
        return 1


class E:
    __class__ = 1  # bound in the class body

    def f(self):
        return __class__


def not_in_class():
    return super()


class F:
    x = [super() for _ in range(3)]
    y = lambda: super()
