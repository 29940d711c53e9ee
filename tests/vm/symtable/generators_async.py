# Generators, coroutines, async generators.
def gen():
    yield 1
    x = yield
    yield from range(3)
    return x


async def coro(session):
    async with session.get() as resp:
        data = await resp.read()
    async for chunk in resp:
        pass
    return data


async def agen():
    yield 1
    await sleep(0)


def genexp_user(seq):
    return sum(x for x in seq), (await_ for await_ in seq)


async def async_genexp(seq):
    return (await x async for x in seq)


lam_gen = lambda: (yield)
