# Pins async def coroutines driven by hand with send(): awaitables with __await__, a tiny event loop, async for / async with, and exceptions.
import types


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ('sleep', self.ticks)
        return self.ticks


@types.coroutine
def switch():
    yield ('sleep', 0)


async def fib(n):
    if n < 2:
        await switch()
        return n
    return await fib(n - 1) + await fib(n - 2)


async def worker(name, n, log):
    total = 0
    for i in range(n):
        slept = await Sleep(i % 3)
        total += slept
        log.append(f"{name}{i}")
    return name, total


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Sleep(1)
        self.i += 1
        return self.i * 10


class Resource:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("enter")
        await switch()
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit {et.__name__ if et else None}")
        return et is KeyError


async def user(log):
    got = []
    async for v in Ticker(3):
        got.append(v)
    async with Resource(log) as r:
        got.append(type(r).__name__)
        raise KeyError("swallowed")
    got.append([x async for x in Ticker(2)])
    return got


def run(coros):
    """Round-robin scheduler: the coroutine with the smallest wake time runs next."""
    now = 0
    ready = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    while ready:
        ready.sort(key=lambda t: (t[0], t[1]))
        when, i, c = ready.pop(0)
        now = max(now, when)
        try:
            cmd = c.send(None)
        except StopIteration as e:
            results[i] = (now, e.value)
            continue
        ready.append((now + cmd[1], i, c))
    return results


log = []
res = run([worker("a", 4, log), worker("b", 3, log), fib(10), user(log)])
for k in sorted(res):
    print(k, res[k])
print(log)
c = fib(3)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
c.close()


async def failing():
    await Sleep(1)
    raise ValueError("inside")


c = failing()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
c = failing()
c.send(None)
try:
    c.throw(TypeError("thrown"))
except TypeError as e:
    print("TypeError", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def agen(n):
    for i in range(n):
        await switch()
        yield i * i


async def consume():
    return [v async for v in agen(5)]


print(run([consume()]))
