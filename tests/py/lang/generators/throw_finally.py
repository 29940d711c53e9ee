# Pins throw() into a generator suspended inside try/finally and with-blocks, and exception chaining from a handler.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

it = g()
print(next(it))
try:
    it.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("caller got", e)
print(list(it))

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is KeyError

def w():
    with CM():
        yield "in with"
    yield "after with"

it = w()
print(next(it))
print(it.throw(KeyError("swallowed")))
it = w()
next(it)
try:
    it.throw(ValueError("not swallowed"))
except ValueError as e:
    print("caller got", e)

def chained():
    try:
        yield 1
    except ZeroDivisionError:
        raise ValueError("second")

it = chained()
next(it)
try:
    it.throw(ZeroDivisionError("first"))
except ValueError as e:
    print(repr(e), repr(e.__context__))

def in_handler():
    try:
        raise KeyError("handled")
    except KeyError:
        yield "inside except"
        try:
            raise IndexError("inner")
        except IndexError as e:
            print("inner context:", repr(e.__context__))
    yield "out"

it = in_handler()
print(next(it))
try:
    raise OSError("caller")
except OSError as e:
    print("caller context:", e.__context__)
print(next(it))

def rethrow():
    try:
        yield
    except Exception as e:
        yield type(e).__name__
it = rethrow(); next(it)
print(it.throw(StopIteration))
