# Decorators, defaults and annotations run in the enclosing block.
import functools


def deco(arg):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            return fn(*args, **kwargs) + arg

        return inner

    return wrap


@deco(1)
@functools.lru_cache(maxsize=None)
def decorated(x=[i for i in range(2)], *, y=lambda: 0):
    return x


class C:
    @property
    def p(self):
        return 1

    @p.setter
    def p(self, value):
        pass

    @staticmethod
    def s(default=p):
        return default
