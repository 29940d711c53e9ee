# Pins generator return values: StopIteration.value through next/send, yield from results, return in try/finally, and PEP 479.
def g(n):
    for i in range(n):
        yield i
    return "done-%d" % n

it = g(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)

it = g(0)
try:
    it.send(None)
except StopIteration as e:
    print("send value:", e.value)

def none_ret():
    yield 1
it = none_ret(); next(it)
try:
    next(it)
except StopIteration as e:
    print("none value:", e.value, e.args)

def tuple_ret():
    yield 1
    return (1, 2)
it = tuple_ret(); next(it)
try:
    next(it)
except StopIteration as e:
    print("tuple value:", e.value, e.args)

def delegator():
    a = yield from g(3)
    b = yield from tuple_ret()
    c = yield from [7, 8]
    return (a, b, c)

it = delegator()
print(list(it))
it = delegator()
while True:
    try:
        next(it)
    except StopIteration as e:
        print("delegator:", e.value)
        break

def fin():
    try:
        yield 1
        return "from try"
    finally:
        print("finally")
it = fin(); next(it)
try:
    next(it)
except StopIteration as e:
    print("fin:", e.value)

def pep479():
    yield 1
    raise StopIteration("oops")
try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def sender():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
it = sender(); next(it)
for v in (1, 2, 3):
    print(it.send(v))
try:
    it.send(None)
except StopIteration as e:
    print("sum:", e.value)

try:
    g(1).send(5)
except TypeError as e:
    print("TypeError:", e)

it = g(1)
print(it.__name__, it.__qualname__, it.gi_code.co_name if hasattr(it.gi_code, "co_name") else "?", repr(it).startswith("<generator object g at"))
