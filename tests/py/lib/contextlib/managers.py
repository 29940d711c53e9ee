# contextlib: contextmanager (with exceptions thrown in), suppress, closing, ExitStack, nullcontext
from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout

log = []

@contextmanager
def tag(name):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")

with tag("a") as t:
    log.append(t)
print(log)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("boom")
print("after swallow")

try:
    with tag("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e, log[-1])

with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")

class Thing:
    def close(self):
        print("closed")

with closing(Thing()):
    print("using")

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("c"))
print(log[-2:])

with nullcontext(5) as v:
    print(v)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass

b = Buf()
with redirect_stdout(b):
    print("captured")
print(repr("".join(b.parts)))

@tag("deco")
def decorated():
    pass
try:
    decorated()
except TypeError as e:
    print("TypeError")
