# Pins queue used from one thread (BFS-style work lists): FIFO/LIFO/priority order, maxsize and full(), nowait variants raising Empty/Full, timeouts, task_done/join bookkeeping, SimpleQueue.
import queue
from collections import defaultdict

graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (3, 6)]:
    graph[a].append(b)
    graph[b].append(a)
q = queue.Queue()
q.put(1)
seen = {1: 0}
order = []
while not q.empty():
    node = q.get()
    order.append(node)
    for nxt in sorted(graph[node]):
        if nxt not in seen:
            seen[nxt] = seen[node] + 1
            q.put(nxt)
    q.task_done()
print(order, seen, q.qsize(), q.unfinished_tasks)
q.join()
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
lq = queue.LifoQueue()
for i in range(4):
    lq.put_nowait(i)
print([lq.get_nowait() for _ in range(4)], lq.empty())
bq = queue.Queue(maxsize=2)
bq.put("x")
bq.put("y")
print(bq.full(), bq.qsize(), bq.maxsize)
for call in (lambda: bq.put_nowait("z"), lambda: bq.put("z", timeout=0.01), lambda: queue.Queue().get_nowait(),
             lambda: queue.Queue().get(timeout=0), lambda: queue.SimpleQueue().get(block=False)):
    try:
        call()
    except (queue.Full, queue.Empty) as e:
        print(type(e).__name__, repr(e))
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
t = queue.Queue()
t.put(1)
t.get()
t.task_done()
try:
    t.task_done()
except ValueError as e:
    print("ValueError", e)
sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.get(), sq.get_nowait(), sq.empty(), sq.qsize(), issubclass(queue.Empty, Exception), queue.Queue[int])
