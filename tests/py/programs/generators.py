# Pins generator protocol details: send/throw/close, yield from delegation and return values, generator expressions, tree walks and pipelines.


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid), mid, tree(mid + 1, hi))


t = tree(0, 200)
print(sum(t), list(t)[:5], max(t), len(list(iter(t))))


def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("  caught", e)
            x = 0
        except GeneratorExit:
            print("  closing at", total)
            raise
        if x is None:
            return total
        total += x


acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.throw(ValueError("bad")), acc.send(1))
acc.close()
acc2 = accumulator()
next(acc2)
acc2.send(3)
try:
    acc2.send(None)
except StopIteration as e:
    print("returned", e.value)


def delegator():
    r = yield from accumulator()
    print("  inner returned", r)
    yield r * 100


d = delegator()
next(d)
d.send(2)
d.send(4)
print(d.send(None))
print(list(d))


def pipeline(n):
    nums = (i for i in range(n))
    squares = (x * x for x in nums if x % 3)
    pairs = zip(squares, squares)
    return [a + b for a, b in pairs]


print(pipeline(30))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


from itertools import islice, takewhile, chain, count
print(list(islice(fib(), 15)), list(takewhile(lambda v: v < 100, fib())))
print(list(chain.from_iterable((x, -x) for x in range(4))), list(zip(count(10, 5), "abc")))
g = (x for x in range(3))
print(g.__name__, next(g), list(g), list(g))


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")


for v in gen_with_finally():
    print("got", v)
    break
print("after break")
gg = gen_with_finally()
next(gg)
del gg
print("after del")


def raiser():
    yield 1
    raise KeyError("k")


try:
    list(raiser())
except KeyError as e:
    print("KeyError", e)


def stop_inside():
    yield 1
    raise StopIteration


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e)
running = None


def self_ref():
    yield running.send(None)


running = self_ref()
try:
    next(running)
except ValueError as e:
    print("ValueError", e)
