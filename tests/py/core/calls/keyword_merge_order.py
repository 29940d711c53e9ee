# Pins when a keyword after ** that repeats a key is a TypeError: each run of keywords after ** is merged as a whole.
def f(*a, **k): return sorted(k.items())
def g(n):
    print("eval", n)
    return {n: 1}
def v(x):
    print("val", x)
    return x
tests = [lambda: f(**g("a"), a=v(1), **g("b")),
         lambda: f(x=v(0), **g("a"), b=v(1), c=v(2), **g("b")),
         lambda: f(x=v(0), **g("x"), y=v(1)),
         lambda: f(**g("a"), b=v(1), c=v(2), **g("c"), d=v(3)),
         lambda: f(*[1], **g("p"), q=v(2), p=v(3)),
         lambda: f(a=v(1), **g("b"), **g("b"))]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
