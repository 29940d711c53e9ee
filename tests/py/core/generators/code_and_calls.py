# Generator and coroutine functions called many times at one site, with other callees there too; exec()/eval() of their code; awaiting finished coroutines
import sys


def gen(a, b):
    yield a
    yield b


def plain(a, b):
    return [a, b]


async def coro(a, b):
    return a + b


def with_cell(a):
    def inner():
        return a * 10
    yield inner()
    a += 1
    yield inner()


def defaults(a, b=7):
    yield a + b


def varargs(*a):
    yield a


# one call site meets a generator function, a plain function and a coroutine function
for f in (gen, gen, gen, plain, gen, coro, gen):
    obj = f(1, 2)
    if type(obj).__name__ == "coroutine":
        try:
            obj.send(None)
        except StopIteration as e:
            print("coroutine", e.value)
    else:
        print(type(obj).__name__, list(obj))

for k in range(3):
    print(list(with_cell(k)), list(defaults(k)), list(defaults(k, k)), list(varargs(k, k)))

# wrong calls still raise the same errors after the site specialized
for args in ((1, 2), (1, 2), (1,), (1, 2, 3)):
    try:
        print(list(gen(*args)))
    except TypeError as e:
        print("TypeError:", e)
try:
    gen(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
print(list(gen(1, b=2)))

# exec() and eval() of a generator's or coroutine's code
print(exec((lambda: (yield 5)).__code__))
g = eval((lambda: (yield 5)).__code__)
print(type(g).__name__, list(g))
try:
    eval(gen.__code__)
except TypeError as e:
    print("TypeError:", e)


async def noargs():
    return 9


c = eval(noargs.__code__)
try:
    c.send(None)
except StopIteration as e:
    print(type(c).__name__, e.value)


# a finished coroutine awaited again, a coroutine's error through an await chain
async def leaf():
    return "leaf"


async def reuse():
    c = leaf()
    print("first", await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "reuse done"


r = reuse()
try:
    r.send(None)
except StopIteration as e:
    print(e.value)


async def fails():
    raise KeyError("deep")


async def middle():
    await fails()


async def top():
    try:
        await middle()
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names


t = top()
try:
    t.send(None)
except StopIteration as e:
    print(e.value)


# a generator-based coroutine awaited from a coroutine (the SEND resumes a generator)
import types


@types.coroutine
def legacy():
    got = yield "legacy-yield"
    return got * 2


async def uses_legacy():
    v = await legacy()
    return v + 1


u = uses_legacy()
print(u.send(None))
try:
    u.send(20)
except StopIteration as e:
    print("legacy result", e.value)


# cr_running / gi_running while a chain runs
async def show():
    return (me.cr_running, sys._getframe().f_code.co_name)


async def outer():
    return await show()


me = outer()
try:
    me.send(None)
except StopIteration as e:
    print(e.value)
