# functools.singledispatch and singledispatchmethod: dispatch on the first argument's class
from functools import singledispatch, singledispatchmethod

@singledispatch
def describe(x):
    return "object " + repr(x)

@describe.register(int)
def _(x):
    return "int %d" % x

@describe.register
def _(x: list):
    return "list of %d" % len(x)

print(describe(3), describe(True), describe([1, 2]), describe("s"), describe(2.5))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Fmt:
    @singledispatchmethod
    def show(self, x):
        return "thing"

    @show.register(int)
    def _(self, x):
        return "number %d" % x

print(Fmt().show(5), Fmt().show("x"))
