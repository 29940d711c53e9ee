# Pins the traceback of an exception thrown into a generator that does not catch it.
def gen():
    yield 1
    yield 2

def main():
    it = gen()
    next(it)
    it.throw(ValueError("thrown in"))

main()
