# Pins async generators: async for over them, asend/athrow/aclose awaitables, StopAsyncIteration, finally on aclose.
class Tick:
    def __await__(self):
        return (yield "tick")

async def agen(n):
    try:
        for i in range(n):
            await Tick()
            got = yield i
            if got is not None:
                print("agen got", got)
    finally:
        print("agen finally")

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print("collected", out)
    g = agen(5)
    print(type(g).__name__, repr(g).startswith("<async_generator object agen at"))
    print(await g.__anext__(), await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    g = agen(1)
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("exhausted", repr(e))
    async def catcher():
        try:
            yield 1
        except KeyError as e:
            print("catcher caught", repr(e))
            yield "handled"
    g = catcher()
    await g.__anext__()
    print(await g.athrow(KeyError("k")))
    try:
        await g.athrow(KeyError("again"))
    except KeyError as e:
        print("propagated", repr(e))
    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignores()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main done"

print(run(main()))

g = agen(2)
a = g.__anext__()
print(a.send(None))
try:
    a.send(None)
except StopIteration as e:
    print("first item via StopIteration:", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
run(g.aclose())
