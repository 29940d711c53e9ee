# the with statement uses __enter__ / __exit__; exceptions and suppression
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as c:
    print("body", c.name)
with CM("b", True):
    raise ValueError("boom")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("x") as x, CM("y") as y:
    print(x.name, y.name)
