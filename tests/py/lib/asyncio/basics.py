# Pins asyncio's core: run, create_task ordering, sleep(0) interleaving, gather (results, exceptions, return_exceptions), wait/wait_for/timeout, cancellation, shield, as_completed, Queue producer/consumer, Lock, Event, Semaphore, Condition, futures and done callbacks.
import asyncio

log = []


async def worker(name, n, delay=0):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(delay)
    return name * n


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2), name="bee")
    print(t2.get_name(), t1.done(), asyncio.current_task().get_name() != "", len(asyncio.all_tasks()) >= 3)
    r = await asyncio.gather(t1, t2, worker("c", 1))
    print(r, log)
    print(await asyncio.gather(), await asyncio.gather(asyncio.sleep(0, "x")))

    async def fail(msg, delay=0):
        await asyncio.sleep(delay)
        raise ValueError(msg)

    try:
        await asyncio.gather(worker("d", 1), fail("boom"))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather(fail("kept"), worker("e", 1), return_exceptions=True))

    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("slow cancelled")
            raise

    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out", log[-1], asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker("f", 1), timeout=5))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout() expired")
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError", t.cancelled())
    gate = asyncio.Event()

    async def gated(name):
        await gate.wait()
        return name

    tasks = [asyncio.create_task(gated("p")), asyncio.create_task(worker("q", 1)), asyncio.create_task(gated("r"))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print(len(done), len(pending))
    gate.set()
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))

    async def after(name, hops):
        for _ in range(hops):
            await asyncio.sleep(0)
        return name

    order = []
    for coro in asyncio.as_completed([after("x", 6), after("y", 0), after("z", 3)]):
        order.append(await coro)
    print(order)
    inner = asyncio.create_task(worker("s", 1, 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())

    q = asyncio.Queue(maxsize=2)
    consumed = []

    async def producer():
        for i in range(5):
            await q.put(i)
            consumed.append(f"put{i}")
        await q.put(None)

    async def consumer():
        while (item := await q.get()) is not None:
            consumed.append(f"got{item}")
            q.task_done()
        q.task_done()

    await asyncio.gather(producer(), consumer())
    await q.join()
    print(consumed, q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    lock = asyncio.Lock()
    shared = []

    async def critical(n):
        async with lock:
            shared.append(f"in{n}")
            await asyncio.sleep(0)
            shared.append(f"out{n}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(shared, lock.locked())
    ev = asyncio.Event()

    async def waiter(n):
        await ev.wait()
        return n

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [w.done() for w in ws])
    ev.set()
    print(await asyncio.gather(*ws))
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.005)
            active.remove(n)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak[0])
    cond = asyncio.Condition()
    box = []

    async def cwait():
        async with cond:
            await cond.wait_for(lambda: box)
            return box[0]

    ct = asyncio.create_task(cwait())
    await asyncio.sleep(0)
    async with cond:
        box.append("ready")
        cond.notify_all()
    print(await ct)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append(("cb", f.result())))
    loop.call_soon(fut.set_result, 42)
    print(await fut, fut.done(), repr(fut))
    await asyncio.sleep(0)
    print(log[-1])
    calls = []
    loop.call_later(0.02, calls.append, "later")
    loop.call_soon(calls.append, "soon")
    await asyncio.sleep(0.05)
    print(calls)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError")
    return "main done"


print(asyncio.run(main()))
for bad in (lambda: asyncio.run(5), lambda: asyncio.get_running_loop()):
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)


async def coro_fn():
    return 1


print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutine(coro_fn()) if False else True, asyncio.run(coro_fn()))
