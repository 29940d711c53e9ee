# Pins the async_tree benchmark shape: a recursive tree of coroutines joined with asyncio.gather, with sleep(0) "I/O", an asyncio.Lock-protected cache, and task-group style fan-out counting.
import asyncio

DEPTH = 5
BRANCH = 4


class Tree:
    def __init__(self, use_cache):
        self.calls = 0
        self.cache = {}
        self.lock = asyncio.Lock()
        self.use_cache = use_cache
        self.io = 0

    async def leaf(self, key):
        self.io += 1
        await asyncio.sleep(0)
        return key % 7

    async def node(self, key, depth):
        self.calls += 1
        if depth == 0:
            if self.use_cache:
                async with self.lock:
                    if key % 10 in self.cache:
                        return self.cache[key % 10]
                    value = await self.leaf(key)
                    self.cache[key % 10] = value
                    return value
            return await self.leaf(key)
        values = await asyncio.gather(*(self.node(key * BRANCH + i, depth - 1) for i in range(BRANCH)))
        return sum(values) % 1000003


async def main():
    plain = Tree(False)
    r1 = await plain.node(1, DEPTH)
    cached = Tree(True)
    r2 = await cached.node(1, DEPTH)
    print(r1, plain.calls, plain.io, r2, cached.calls, cached.io, sorted(cached.cache.items()))
    order = []

    async def ping(name, n):
        for i in range(n):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)
        return n

    results = await asyncio.gather(ping("a", 3), ping("b", 2), ping("c", 1))
    print(results, order)
    tasks = [asyncio.create_task(ping(f"t{i}", i)) for i in range(4)]
    done, _ = await asyncio.wait(tasks)
    print(sum(t.result() for t in done), len(asyncio.all_tasks()))


asyncio.run(main())
