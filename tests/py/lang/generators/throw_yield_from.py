# Pins throw() and close() passing through `yield from` to the delegate, the delegate's return value, and non-generator delegates.
def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        print("inner caught", e)
        return "inner-result"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "o1"
    except KeyError as e:
        print("outer caught", repr(e))
        yield "o-except"

it = outer()
print(next(it))
print(it.gi_yieldfrom.__name__)
print(it.throw(ValueError("v")))
print(it.gi_yieldfrom)
print(list(it))

it = outer()
print(next(it))
print(it.throw(KeyError("k")))
print(list(it))

it = outer()
next(it)
it.close()
print("closed", it.gi_suspended)

class Foreign:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, exc):
        print("Foreign.throw", repr(exc))
        raise StopIteration("foreign-done")
    def close(self):
        print("Foreign.close")

def f():
    r = yield from Foreign()
    print("f got", r)
    yield "end"

it = f()
print(next(it), next(it))
print(it.throw(ValueError("x")))
it = f()
next(it)
it.close()

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "nt"

def n():
    try:
        yield from NoThrow()
    except ValueError as e:
        yield "n caught " + str(e)

it = n()
print(next(it))
print(it.throw(ValueError("direct")))

def deep(k):
    if k == 0:
        try:
            yield "bottom"
        except Exception as e:
            print("bottom caught", e)
            return k
    else:
        r = yield from deep(k - 1)
        return r + 1

def top():
    r = yield from deep(3)
    yield r
it = top()
print(next(it))
print(it.throw(Exception("deep")))
