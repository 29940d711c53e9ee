# Generators resumed by for loops and yield from inside the running loop: values, return values, gi_running, exception state, errors, PEP 479
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


# for over a generator: every value, the return value dropped, the generator finished
g = count(4)
print([x for x in g], g.gi_frame, g.gi_running)
print(list(count(3)), sum(count(5)))
for x in g:          # an exhausted generator ends the loop at once
    print("never", x)
print("after exhausted loop")

# the same loop site sees a generator, then a list, then a generator again
for src in (count(2), [10, 11], count(3), (c for c in "ab")):
    for v in src:
        print(v, end=" ")
print()


# gi_running while a for loop runs it, gi_frame line while it is suspended
def watcher():
    yield me.gi_running
    yield me.gi_running


me = watcher()
for x in me:
    print("running inside:", x, "outside:", me.gi_running, me.gi_frame.f_lineno)

# a generator that iterates over itself
def selfish():
    yield 1
    for _ in it:
        yield 2


it = selfish()
try:
    for x in it:
        print("self", x)
except ValueError as e:
    print("ValueError:", e)


# yield from: values, send() through the chain, the delegate's return value
def inner():
    got = yield "i1"
    print("inner got", got)
    got = yield "i2"
    print("inner got", got)
    return "inner-result"


def outer():
    r = yield from inner()
    print("outer got", r)
    r = yield from count(2)
    print("outer got", r)
    return "outer-result"


o = outer()
print(next(o))
print(o.send("a"))
print(o.send("b"))
print(o.send("c"))
try:
    o.send("d")
except StopIteration as e:
    print("StopIteration", e.value)


def tree(n):
    if n == 0:
        return 0
    a = yield from tree(n - 1)
    yield n
    b = yield from tree(n - 1)
    return a + b + n


print(list(tree(4)))
total = 0
for v in tree(6):
    total += v
print(total)


def top():
    r = yield from tree(3)
    yield ("total", r)


print(list(top()))

# a delegate already running (its own yield from reaches back to itself)
def loop_back():
    yield 1
    yield from lb


lb = loop_back()
try:
    print(list(lb))
except ValueError as e:
    print("ValueError:", e)


# throw() and close() into a chain that for loops resumed
def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("guarded caught", repr(e))
        yield 3
    finally:
        print("guarded finally")


def wrapper():
    yield from guarded()
    yield 4


w = wrapper()
for x in w:
    print("w", x)
    if x == 1:
        print("throw ->", w.throw(KeyError("k")))
w = wrapper()
for x in w:
    print("w2", x)
    break
w.close()
print("closed", w.gi_frame)


# exception state: the caller's handled exception inside the generator, and
# the generator's own kept across a yield
def exc_seer():
    yield repr(sys.exc_info()[1])
    try:
        raise KeyError("inside")
    except KeyError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


try:
    raise ValueError("outer")
except ValueError:
    for s in exc_seer():
        print(s, "| caller sees", repr(sys.exc_info()[1]))
print(sys.exc_info())


# an error raised in a generator while its caller handles another: the
# caller's exception becomes its __context__
def raiser():
    yield 1
    raise IndexError("in gen")


try:
    raise KeyError("caller's")
except KeyError:
    try:
        for x in raiser():
            pass
    except IndexError as e:
        print(repr(e), "context:", repr(e.__context__))


# errors raised in a generator a for loop runs, caught by the caller
def boom(n):
    yield n
    return 1 // (n - n)


try:
    for x in boom(3):
        print("boom", x)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("caught", e, names)


# PEP 479: StopIteration inside the body becomes RuntimeError
def leaks():
    yield 1
    raise StopIteration("leaked")


try:
    for x in leaks():
        print("leaks", x)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def leaks_via_next():
    yield next(iter([]))


try:
    print(list(leaks_via_next()))
except RuntimeError as e:
    print("RuntimeError:", e)


# the finally of a generator a loop left early runs when it goes away
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


for x in with_finally():
    print("wf", x)
    break
print("after break")


# a chain deeper than the recursion limit
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"


try:
    print(list(deep(50)))
    print(list(deep(100000)))
except RecursionError:
    print("RecursionError")


# coroutines awaiting coroutines, driven by send()
class Step:
    def __await__(self):
        v = yield "step"
        return v


async def leaf(x):
    got = await Step()
    return x + got


async def mid():
    a = await leaf(1)
    b = await leaf(10)
    return a + b


c = mid()
print(c.send(None), c.cr_running)
print(c.send(100))
try:
    c.send(1000)
except StopIteration as e:
    print("coroutine returned", e.value)

# an uncaught error inside a generator that a for loop runs
def fails():
    yield 1
    {}["missing"]


for x in fails():
    print("fails", x)
