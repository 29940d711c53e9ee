# Pins inspect.signature and friends: parameter kinds, defaults and annotations in str(), bind/bind_partial/apply_defaults and their errors, methods, classes, partials, wraps chains, callables, getfullargspec, and the type predicates.
import functools
import inspect
from typing import List, Optional


def f(a, b: int = 1, /, c=2, *args: str, d, e: "X" = 3, **kw) -> List[int]:
    pass


def g(x, y=None, *, z: Optional[str] = "q"):
    pass


async def co(a): pass


def gen(): yield


async def agen(): yield


class K:
    def __init__(self, size: int, name="k"):
        self.size = size

    def method(self, p, *, q=0):
        return p

    @classmethod
    def make(cls, n):
        return cls(n)

    @staticmethod
    def helper(u, v=5):
        return u

    def __call__(self, item, /):
        return item


class NoInit:
    pass


sig = inspect.signature(f)
print(sig)
print([(p.name, str(p.kind), p.kind.description, p.default is p.empty) for p in sig.parameters.values()])
print(sig.return_annotation, sig.parameters["e"].annotation, repr(sig.parameters["b"]), str(sig.parameters["args"]))
for s in (g, K, K.method, K(1).method, K.make, K.helper, K(1), NoInit, co, lambda *a, **k: 0, functools.partial(g, 1), functools.partial(f, 1, 2, d=4)):
    print(inspect.signature(s))
ba = inspect.signature(g).bind(1, z="w")
print(ba, ba.args, ba.kwargs, dict(ba.arguments))
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba = inspect.signature(f).bind(1, 2, 3, 4, 5, d=6, extra=7)
print(ba.arguments, ba.args, ba.kwargs)
print(inspect.signature(g).bind_partial(y=2))
for args, kwargs in (((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"w": 0})):
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.signature(f).bind(1, b=2, d=1)
except TypeError as e:
    print("TypeError", e)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def decorated(alpha, beta=[1]):
    """Doc of decorated.

        Indented detail.
    """


print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False), inspect.unwrap(decorated).__name__)
print(repr(inspect.getdoc(decorated)), inspect.cleandoc("  first\n    second\n      third\n"))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(K.method))
P = inspect.Parameter
custom = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=None)], return_annotation=int)
print(custom, custom.replace(return_annotation=inspect.Signature.empty), custom == inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=None)], return_annotation=int))
for bad in (lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)]),
            lambda: P("not valid", P.POSITIONAL_ONLY),
            lambda: P("x", P.VAR_POSITIONAL, default=1),
            lambda: inspect.signature(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P.KEYWORD_ONLY > P.POSITIONAL_ONLY, int(P.VAR_KEYWORD), P.POSITIONAL_OR_KEYWORD.name)
preds = [inspect.isfunction, inspect.ismethod, inspect.isclass, inspect.iscoroutinefunction, inspect.isgeneratorfunction, inspect.isasyncgenfunction, inspect.isroutine, inspect.isbuiltin, inspect.ismodule]
for obj in (f, K(1).method, K, co, gen, agen, len, inspect, functools.partial(co, 1)):
    print([p.__name__[2:] for p in preds if p(obj)])
c = co(1)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isgenerator(gen()), inspect.isasyncgen(agen()), inspect.isabstract(K))
c.close()
print([name for name, _ in inspect.getmembers(K, inspect.isfunction)], [n for n, v in inspect.getmembers(K(3)) if not n.startswith("_")])
print(inspect.getmro(K)[-1].__name__, inspect.getmodule(K).__name__, inspect.getfile(f).endswith("signatures.py"))
print(inspect.getsource(K.helper), end="")
lines, start = inspect.getsourcelines(decorated)
print(start, len(lines), lines[0], end="")
print(inspect.getsource(NoInit), end="")
