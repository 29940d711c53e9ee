# Generators, yield from, async functions, await, async for/with, comprehensions.
def gen(n):
    x = yield n
    yield from range(x)
    return (i * i for i in range(n))

async def coro(session, urls):
    async with session.get(urls[0]) as resp:
        data = await resp.read()
    async for chunk in resp:
        data += chunk
    return {u: len(u) for u in urls}, {*urls}, [await session.close()]
