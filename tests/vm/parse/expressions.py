x = a or b or c and d and not e
x = (a or b) and (c or d)
x = a < b < c == d != e > f >= g <= h is i is not j in k not in l
x = a | b | c ^ d ^ e & f & g << h >> i + j - k * l / m // n % o @ p
x = -a ** -b ** c
x = (-a) ** b
x = ~a + +b - -c
x = a if b else c if d else e
x = (a if b else c) if d else e
x = await_ if lambda_ else None
x = a.b.c.d(e)(f)[g][h:i][j:k:l][::m][n, o][p:q, r:s][...]
x = a[1:2, ::3, *b]
x = a[:, 1]
x = a[b:=1]
x = a[()]
x = a[1,]
x = f(a)(b)(c)
x = f(*a, *b, **c, **d)
x = f(a, b=1, *c, d=2, **e)
x = f(x for x in y)
x = f(x for x in y if z)
x = f(a, b,)
x = f(a=(yield))
x = (yield)
x = (y := 1, z := 2)
x = [y := f(x), y**2]
x = {a, b, *c}
x = {a: b, **c, d: e}
x = {**a}
x = {}
x = []
x = ()
x = (1,)
x = (1)
x = [1, *a, 2]
x = [x for x in y]
x = [x for x in y if a if b for z in w if c]
x = {k: v for k, v in items}
x = {x for x in y}
x = (x for x in y)
x = [x async for x in y]
x = [(a, b) for a, *b in c]
x = [x for x in (yield)]
x = ...
x = None, True, False
x = not not a
x = a if not b else -c
x = (a, b) = c, d = e
x = y = z
x.a = y[0] = z[1:2] = w
a, (b, c), [d, *e] = f
[a, b] = *c, d
*a, b = c
a, = b
(a) = b
(a.b) = c
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
a.b += 1
a[0] += 1
x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: int = 1
x: list[int] = yield
x = *a, *b
x = yield a, b
print(*a, sep='')
