# Pins generator.throw(): caught inside, uncaught, into a just-started and a finished generator, and the argument forms.
def g():
    while True:
        try:
            x = yield 1
            print("got", x)
        except ValueError as e:
            print("caught", repr(e))
            yield "after-catch"

it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
print(it.throw(ValueError))
print(next(it))
print(it.throw(ValueError, "v"))
print(next(it))
print(it.throw(ValueError, ValueError("inst")))
print(next(it))
print(it.throw(ValueError, ("a", "b")))

def h():
    yield 1
    yield 2

it = h()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(it.gi_running, it.gi_suspended, list(it))

fresh = h()
try:
    fresh.throw(TypeError("fresh"))
except TypeError as e:
    print("fresh:", e)
print(list(fresh))

try:
    fresh.throw(IndexError)
except IndexError as e:
    print("done:", type(e).__name__)

for bad in [(1,), (ValueError("x"), 1), (ValueError, None, 5)]:
    try:
        h().throw(*bad)
    except TypeError as e:
        print("TypeError:", e)

class MyExc(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)

def k():
    try:
        yield
    except MyExc as e:
        print("MyExc", e.args)
        yield "ok"
it = k(); next(it)
print(it.throw(MyExc, (3, 4)))
