# Pins the builtins aiter() and anext() (with and without a default, on async generators and classes, and their TypeErrors) and exit()/quit() raising SystemExit.
import asyncio
async def agen(n):
    for i in range(n):
        yield i
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i * 10
async def main():
    it = aiter(agen(2))
    print(await anext(it), await anext(it), await anext(it, "done"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    a = AIt()
    print(aiter(a) is a, await anext(a), await anext(a), await anext(a, -1))
    for bad in (lambda: aiter(1), lambda: anext(1), lambda: aiter([])):
        try:
            bad()
        except TypeError as e:
            print("TypeError", e)
    class BadAiter:
        def __aiter__(self): return 5
    try:
        aiter(BadAiter())
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())
print(callable(exit), callable(quit))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
exit("bye")
