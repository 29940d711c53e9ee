# Pins `async for` (__aiter__/__anext__/StopAsyncIteration) and `async with` (__aenter__/__aexit__), with errors.
class Tick:
    def __await__(self):
        yield "tick"

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Manager:
    def __init__(self, swallow):
        self.swallow = swallow
    async def __aenter__(self):
        print("aenter")
        await Tick()
        return "resource"
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None, v)
        await Tick()
        return self.swallow

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            print("ticks", ticks)
            return e.value

async def main():
    total = 0
    async for x in Counter(3):
        print("item", x)
        total += x
    else:
        print("else branch")
    async for x in Counter(5):
        if x == 2:
            break
    print("broke at", x)
    async with Manager(False) as r:
        print("inside", r)
    async with Manager(True):
        raise KeyError("swallowed")
    try:
        async with Manager(False):
            raise KeyError("kept")
    except KeyError as e:
        print("kept", e)
    return total

print("result", run(main()))

async def errors():
    for obj in (5, Counter):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
    class NoAnext:
        def __aiter__(self):
            return 1
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    class OnlyEnter:
        async def __aenter__(self):
            return 1
    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class SyncEnter:
        def __aenter__(self):
            return 1
        def __aexit__(self, *a):
            return 1
    try:
        async with SyncEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 7
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)

run(errors())

async def comp():
    return [x async for x in Counter(3)], [x * 2 async for x in Counter(2) if x > 1]
print(run(comp()))
