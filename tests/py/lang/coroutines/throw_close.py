# Pins coro.throw() and coro.close() through await chains, "coroutine ignored GeneratorExit" and reuse errors.
class Pause:
    def __await__(self):
        yield "paused"

async def inner():
    try:
        await Pause()
    except KeyError as e:
        print("inner caught", repr(e))
        return "recovered"
    finally:
        print("inner finally")

async def outer():
    r = await inner()
    print("outer got", r)
    await Pause()
    return "outer done"

c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)

c = outer()
c.send(None)
try:
    c.throw(ValueError("uncaught"))
except ValueError as e:
    print("propagated", e)

c = outer()
c.send(None)
print("close:", c.close())

async def stubborn():
    while True:
        try:
            await Pause()
        except GeneratorExit:
            print("ignoring exit")
        except KeyError:
            return "ended"
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(KeyError)
except StopIteration as e:
    print("stubborn", e.value)

async def leaf():
    await Pause()
async def awaits_twice():
    c = leaf()
    c.send(None)
    await c
c = awaits_twice()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def stop_inside():
    raise StopIteration("x")
try:
    stop_inside().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
