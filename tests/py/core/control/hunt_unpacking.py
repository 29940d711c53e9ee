# unpacking assignments, starred targets and their error messages
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def u1(): a, b = [1, 2, 3]
def u2(): a, b, c = 'ab'
def u3(): a, *b = []
def u4(): a, b = 5
def u5(): (a, b), c = [1, 2], 3; return a, b, c
def u6(): a, *m, z = range(5); return a, m, z
def u7(): *a, = 'xyz'; return a
def u8(): a, b = {'k': 1, 'j': 2}; return a, b
def u9(): a, b = iter([1]); return a
def u10(): x, *y, z = [1]; return x
for f in [u1, u2, u3, u4, u5, u6, u7, u8, u9, u10]: t(f)
a = b = c = [0]; a.append(1); print(b, c is a)
x, y = 1, 2; x, y = y, x; print(x, y)
l = [0, 0, 0]; i = 0; i, l[i] = 1, 5; print(l)
for k, (p, q) in enumerate([(1, 2), (3, 4)]): print(k, p, q)
print([*range(3), *'ab'], {**{'a': 1}, **{'b': 2}}, (*[1, 2],), {*[1, 1, 2]})
first, *_, last = 'hello'; print(first, last, _)
def ret(): return 1, 2
r1, r2 = ret(); print(r1 + r2)
t(lambda: dict(**{'a': 1}, **{'a': 2}))
def f(a, b, c): return a + b + c
t(lambda: f(*[1, 2], 3)); t(lambda: f(*[1, 2, 3, 4])); t(lambda: f(**{'a': 1, 'b': 2, 'c': 3})); t(lambda: f(1, **{'a': 2})); t(lambda: f(*5))
t(lambda: f(**[1])); t(lambda: f(1, 2, c=3, **{'d': 4}))
