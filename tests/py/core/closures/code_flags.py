# Pins code.co_flags as CPython 3.11 reports it (no CO_NOFREE): plain, varargs, nested, generator, coroutine and async generator functions.
def plain():
    pass


def varargs(*a, **k):
    x = 1

    def closure():
        return x

    def nested():
        pass

    return closure, nested


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class K:
    def method(self):
        pass


print(plain.__code__.co_flags, varargs.__code__.co_flags, [f.__code__.co_flags for f in varargs()])
print(gen.__code__.co_flags, coro.__code__.co_flags, agen.__code__.co_flags, K.method.__code__.co_flags)
print((lambda: 0).__code__.co_flags, (x for x in ()).gi_code.co_flags, compile("x = 1", "s", "exec").co_flags)
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80), plain.__code__.co_flags & 0x40)
