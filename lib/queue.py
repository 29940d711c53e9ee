"""queue: FIFO, LIFO and priority queues (tierpy's bundled module).

tierpy runs one thread, so nothing can fill an empty queue (or drain a
full one) while a call waits: a blocking get()/put() without a timeout
that would wait forever raises RuntimeError instead of hanging, and one
with a timeout waits that long and raises Empty/Full, as CPython does
when no other thread acts."""

import heapq
import time
from collections import deque

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) and get_nowait() on an empty queue."""


class Full(Exception):
    """Raised by put(block=False) and put_nowait() on a full queue."""


def _cannot_wait(what):
    """what: (the method, what another thread would have to do)."""
    raise RuntimeError("queue.%s() would wait forever: tierpy runs a single thread, "
                       "so no other thread can %s" % what)


class Queue:
    """A first-in first-out queue of at most maxsize items (<= 0: no limit)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item got earlier as processed (for join())."""
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        """Return once every item put has been marked done."""
        if self.unfinished_tasks:
            _cannot_wait(('join', 'call task_done()'))

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item; when full, wait (at most timeout seconds) or raise Full."""
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            if timeout is None:
                _cannot_wait(('put', 'take an item out'))
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            time.sleep(timeout)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item; when empty, wait (at most timeout
        seconds) or raise Empty."""
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                _cannot_wait(('get', 'put an item in'))
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            time.sleep(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class PriorityQueue(Queue):
    """Retrieves the smallest item first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block:
                raise Empty
            if timeout is None:
                _cannot_wait(('get', 'put an item in'))
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            time.sleep(timeout)
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
