# Pins lambda with defaults, *args, **kwargs, keyword-only, and default capture at definition time.
f = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(f(1), f(1, 0, 9, 8, d=7, z=1))
g = lambda: "no args"
print(g(), (lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print((lambda x, /, y: x - y)(5, y=3))
fs = [lambda i=i: i * 10 for i in range(3)]
print([h() for h in fs])
print(f.__name__, (lambda: 0).__qualname__)
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda p: p[1]))
