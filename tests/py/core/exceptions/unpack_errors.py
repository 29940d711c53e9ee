# Pins ValueError/TypeError messages of unpacking with wrong counts and non-iterables.
def attempt(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def two(v):
    a, b = v
def three(v):
    a, b, c = v
def star(v):
    a, b, *c = v
attempt(lambda: two([1, 2, 3]))
attempt(lambda: two([1]))
attempt(lambda: three((1, 2)))
attempt(lambda: three("abcd"))
attempt(lambda: star([1]))
attempt(lambda: two(None))
attempt(lambda: two(3.5))
attempt(lambda: two(iter(range(100))))
attempt(lambda: two({1: 0, 2: 0, 3: 0}))
