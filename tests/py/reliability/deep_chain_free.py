# Pins freeing a million-long chain by reference counting (lists, tuples, dicts, instances, __dict__), no C-stack overflow.
import gc
x = None
for i in range(10 ** 6):
    x = [x]
del x
print("list chain of a million freed")
N = 2 * 10 ** 5   # far past what recursive freeing survives in 8 MiB of C stack
x = None
for i in range(N):
    x = (x,)
del x
print("tuple chain freed")
x = None
for i in range(N):
    x = {"next": x}
del x
print("dict chain freed")
class Node:
    pass
x = None
for i in range(N):
    n = Node()
    n.next = x
    x = n
del x, n
print("instance chain freed")
class Slotted:
    __slots__ = ("next",)
x = None
for i in range(N):
    n = Slotted()
    n.next = x
    x = n
del x, n
print("slotted chain freed")
x = None
for i in range(N):
    x = [x, None]
x[1] = x
del x
print("cycle at the end collected:", gc.collect() > 0)
