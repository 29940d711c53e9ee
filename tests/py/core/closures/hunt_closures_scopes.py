# closures, nonlocal, scoping, comprehensions
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make_counter(); c(); print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
x = 'global'
def shadow():
    print(x)
    x = 'local'
t(shadow)
def outer():
    y = 1
    def inner():
        print(y)
    y = 2
    return inner
outer()()
def unbound():
    def inner(): return z
    t(inner)
    z = 5
    return inner()
print(unbound())
def gl():
    global newglobal
    newglobal = 42
gl(); print(newglobal)
class Scope:
    a = 1
    b = [a * 2 for _ in range(2)] if False else None
    c = a + 1
    def m(self): return a if False else Scope.a
print(Scope.c, Scope().m())
class Scope2:
    v = 10
    try:
        w = [v for _ in range(1)]
    except NameError as e:
        w = str(e)
print(Scope2.w)
print([y for y in range(3)], 'y' in dir())
print({k: v for k, v in zip('ab', range(2))}, {c for c in 'aab'} == {'a', 'b'}, [(i, j) for i in range(3) for j in range(i)])
print([i for i in range(10) if i % 2 if i > 3], [[j for j in range(i)] for i in range(3)])
n = 10
print([n for n in range(3)], n)
def gen_scope():
    res = []
    for i in range(3):
        def f(): return i
        res.append(f)
    return [g() for g in res]
print(gen_scope())
def deep():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 10
            return a
        return l2
    return l1()(), a
print(deep())
t(lambda: eval('[q for q in range(3)]'))
def kwonly(a, *, b, c=3): return a, b, c
t(lambda: kwonly(1, b=2)); t(lambda: kwonly(1, 2)); t(lambda: kwonly(1)); t(lambda: kwonly(1, b=2, d=4)); t(lambda: kwonly(a=1, b=2, c=4))
def posonly(a, b, /, c): return a, b, c
t(lambda: posonly(1, 2, c=3)); t(lambda: posonly(1, b=2, c=3)); t(lambda: posonly(1, 2, 3, 4))
def va(*args, **kw): return args, kw
t(lambda: va(1, *[2, 3], x=1, **{'y': 2})); t(lambda: va(**{'x': 1}, x=2)); t(lambda: va(**{1: 2}))
def dflt(a, l=[]):
    l.append(a); return l
dflt(1); print(dflt(2), dflt.__defaults__)
t(lambda: (lambda *, k: k)()); t(lambda: (lambda a, b: 0)(1)); t(lambda: (lambda: 0)(1)); t(lambda: make_counter(1))
def annotated(a: int, b: 'str' = 'x') -> list: pass
print(annotated.__annotations__, annotated.__name__, annotated.__qualname__, make_counter().__qualname__)
def doc():
    """Docstring here."""
print(doc.__doc__, (lambda: 0).__name__, t.__defaults__, kwonly.__kwdefaults__)
t(lambda: print(*range(3), sep=', '))
def walrus():
    data = [1, 5, 2, 8]
    if (m := max(data)) > 5: return m, [y for x in data if (y := x * 2) > 4], y
t(walrus)
