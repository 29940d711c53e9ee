def f(): pass
def f(a): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a, b, /): pass
def f(*, a, b=2): pass
def f(*args: int, **kwargs: str) -> None: pass
def f(a: 'x' = 1, *b: *Ts) -> list[int]: pass
def f(a,): pass
def f(*a,): pass
def f(**k,): pass
@decorator
@decorator.attr(arg, key=1)
@(lambda f: f)
@x[0].y
def f(): return
async def g(a, *, b):
    await a
    async for x in b:
        yield x
    async with a as b, c:
        pass
    return [y async for y in z]
class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw): x = 1
class D(): pass
class E(*bases): pass
@dataclass
class F:
    x: int
    y: str = "a"
lam = [lambda: 0, lambda x: x, lambda x, y=1: x, lambda *a, **k: 0, lambda a, /, b, *, c: 0, lambda *, a=1: a, lambda a=1, *b, c, d=2, **e: 0]
def gen():
    x = yield
    y = yield 1
    z = yield 1, 2
    w = yield from it
    yield
    await_ = (yield)
    return x
