# Pins context managers (class and contextlib), closures (nonlocal, late binding, counters, decorators with state), and exceptions inside loops: chaining, finally, else, re-raise and suppression.
from contextlib import contextmanager, suppress, ExitStack, nullcontext
import functools


class Managed:
    log = []

    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        Managed.log.append(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        Managed.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.swallow


@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        out.append(f"!{e.args[0]}")
    finally:
        out.append(f"</{name}>")


with Managed("a") as a, Managed("b", swallow=True):
    raise ValueError("inner")
print(Managed.log)
out = []
with tag("div", out) as t:
    with tag("p", out):
        out.append(t)
        raise KeyError("k")
print(out)
with suppress(ZeroDivisionError):
    1 / 0
with ExitStack() as stack:
    ms = [stack.enter_context(Managed(f"s{i}")) for i in range(3)]
    stack.callback(Managed.log.append, "callback")
print(Managed.log[-7:], nullcontext(5).__enter__())


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        wrapper.misses += 1 if len(cache) > wrapper.size else 0
        wrapper.size = len(cache)
        return cache[args]

    wrapper.misses = wrapper.size = 0
    return wrapper


@memo
def fib(n):
    """fibonacci"""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.misses, fib.__name__, fib.__doc__, fib.__wrapped__(10))


def outer():
    x = "outer"

    def mid():
        def inner():
            return x
        return inner
    x = "rebound"
    return mid()()


print(outer())
results = []
for i in range(8):
    try:
        if i % 4 == 0:
            raise ValueError(i)
        elif i % 4 == 1:
            {}[i]
        elif i == 2:
            continue
        elif i == 7:
            break
        results.append(("ok", i))
    except ValueError as e:
        results.append(("VE", e.args))
    except LookupError as e:
        results.append((type(e).__name__, str(e)))
    else:
        results.append(("else", i))
    finally:
        results.append(("fin", i))
print(results)


def convert(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError as e:
            try:
                out.append(float(it))
            except ValueError:
                raise TypeError(f"bad item {it!r}") from e
    return out


print(convert(["1", "2.5", "3"]))
try:
    convert(["1", "x"])
except TypeError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise RuntimeError("second")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)


def gen_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("  cleanup", i)


for v in gen_finally():
    if v == 1:
        break


class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


errs = []
for code in (1, 2, 3):
    try:
        raise MyErr(code, "failure")
    except MyErr as e:
        errs.append(str(e))
        if code == 3:
            try:
                raise
            except MyErr as again:
                errs.append(again is e)
print(errs, repr(MyErr(4, "m")), isinstance(MyErr(1, "x"), Exception))
