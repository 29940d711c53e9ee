# Collections while generators run inside the caller's loop (yield from chains, self-referencing generators, finally blocks) and errors through many resumed levels
import gc, sys
class Node:
    def __init__(self): self.me = self
def g(n):
    for i in range(n):
        Node()
        if i % 50 == 0:
            gc.collect()
        yield i
def deleg(n):
    r = yield from g(n)
    return r
total = 0
for k in range(20):
    for x in deleg(200):
        total += x
print(total)
# cycle: generator referencing itself, suspended in an inline chain, then dropped
def selfref():
    me = yield
    yield me
for _ in range(100):
    s = selfref(); next(s); s.send(s)
    del s
gc.collect()
# exceptions through many inline levels
def lvl(n):
    if n == 0:
        raise ValueError("bottom")
    yield from lvl(n - 1)
for _ in range(50):
    try:
        for _ in lvl(30): pass
    except ValueError as e:
        depth = 0
        tb = e.__traceback__
        while tb:
            depth += 1; tb = tb.tb_next
print(depth)
def closer():
    try:
        yield 1
    finally:
        gc.collect()
for _ in range(100):
    for x in closer():
        break
print("ok")
