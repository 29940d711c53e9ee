# Pins dict(m), d.update(m), {**m} and f(**m) for mappings that are not dicts: keys() then m[k], inherited keys (collections.abc.Mapping), keys winning over pair iteration, and errors from keys/getitem.
from collections.abc import Mapping


class KeysOnly:
    def keys(self):
        return iter(["b", "a"])

    def __getitem__(self, k):
        return k.upper()


class Sub(KeysOnly):
    pass


class M(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)


class Both:
    """Iterable of pairs and a mapping: keys() wins."""

    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return "from getitem"

    def __iter__(self):
        return iter([("p", "from pairs")])


def f(**kw):
    return sorted(kw.items())


print(dict(KeysOnly()), dict(Sub()), dict(M(x=1, y=2)), dict(Both()), dict(M(a=1), b=2))
d = {"z": 0}
d.update(Sub())
d.update(M(q=9))
print(d, {**M(s=1), **KeysOnly()}, f(**M(p=1, q=2)), f(**Sub()))


class BadKeys:
    def keys(self):
        raise RuntimeError("keys failed")


class Missing:
    def keys(self):
        return ["gone"]

    def __getitem__(self, k):
        raise KeyError(k)


class NotCallable:
    keys = ["x"]


for bad in (BadKeys(), Missing(), NotCallable(), 5):
    try:
        print(dict(bad))
    except (RuntimeError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
