# Pins coroutine objects driven by send(None): await of coroutines and of objects with __await__, return values, attributes.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("suspended", self.tag)
        return "resumed with %s" % got

async def leaf(x):
    r = await Suspend(x)
    print("leaf:", r)
    return x * 2

async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a + b

def run(coro):
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as e:
            return e.value
        print("loop got", out)
        value = out[1] * 100

c = middle()
print(type(c).__name__, repr(c).startswith("<coroutine object middle at"))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print("result", run(c))
print(c.cr_suspended)

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def nothing():
    return 42
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("immediate", e.value)

try:
    iter(nothing_c := nothing())
except TypeError as e:
    print("TypeError:", e)
nothing_c.close()

async def bad_await():
    await 5
c = bad_await()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

c = nothing()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

async def uses_wrapper():
    return await Suspend("w")
w = uses_wrapper().__await__()
print(type(w).__name__, next(w))
try:
    w.send("sent")
except StopIteration as e:
    print("wrapper done:", e.value)

async def raises():
    await Suspend("r")
    raise ValueError("inside coroutine")
c = raises()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("ValueError:", e)
