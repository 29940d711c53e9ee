# Pins async generators driven by hand: asend/athrow/aclose, async comprehensions over them, finally blocks, StopAsyncIteration, and a tiny scheduler interleaving several producers.
import types


@types.coroutine
def tick():
    yield "tick"


async def numbers(n, log):
    try:
        for i in range(n):
            await tick()
            got = yield i
            if got is not None:
                log.append(f"got {got}")
    finally:
        log.append(f"numbers({n}) finally")


async def squares(n, log):
    async for x in numbers(n, log):
        yield x * x


def run(coro):
    """Drive a coroutine to completion; count its suspensions."""
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def consume(log):
    out = [v async for v in squares(5, log)]
    evens = [v async for v in numbers(6, log) if v % 2 == 0]
    return out, evens


log = []
print(run(consume(log)))
print(log)


async def manual(log):
    g = numbers(10, log)
    first = await g.__anext__()
    second = await g.asend("hello")
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        log.append(f"athrow raised {e}")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        log.append("exhausted")
    g2 = numbers(3, log)
    await g2.__anext__()
    await g2.aclose()
    return first, second, type(g).__name__


log = []
print(run(manual(log)))
print(log)


async def producer(name, n, out):
    for i in range(n):
        await tick()
        out.append(f"{name}{i}")
        yield i


async def drain(gen):
    total = 0
    async for v in gen:
        total += v
    return total


def round_robin(coros):
    pending = list(enumerate(coros))
    results = {}
    while pending:
        idx, c = pending.pop(0)
        try:
            c.send(None)
            pending.append((idx, c))
        except StopIteration as e:
            results[idx] = e.value
    return results


out = []
print(round_robin([drain(producer("a", 3, out)), drain(producer("b", 5, out)), drain(producer("c", 1, out))]), out)


async def agen_return():
    yield 1
    return


g = agen_return()
print(type(g.__aiter__()).__name__, g.__aiter__() is g, run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
