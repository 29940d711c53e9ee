# Pins sequence unpacking in all its forms: tuples, lists, starred targets, nested targets, for-loop targets, swaps and error messages.


def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + b + c + d + e + f + g + h + i + j
    return s


print(do_unpacking(100, tuple(range(10))), do_unpacking(100, list(range(10))))
a, *b, c = range(6)
print(a, b, c)
*a, b = "xyz"
print(a, b)
a, (b, c), [d, *e] = 1, (2, 3), [4, 5, 6]
print(a, b, c, d, e)
for i, (k, v) in enumerate(sorted({'b': 2, 'a': 1}.items())):
    print(i, k, v)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
first, *_, last = iter([10, 20, 30, 40])
print(first, last)
d = {}
d['a'], d['b'] = 'AB'
print(d)


class Obj:
    pass


o = Obj()
o.p, o.q = divmod(17, 5)
print(o.p, o.q)
for bad in ([1, 2, 3], [1], 5, "ab", iter(range(100))):
    try:
        p, q = bad
        print("ok", p, q)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    a, b, *c, d, e = [1, 2, 3]
except ValueError as exc:
    print(exc)
print([(a, b) for a, b in zip("abc", range(3))], [m * n for m, *rest, n in [(1, 2, 3), (4, 5)]])
print(*range(3), *"ab", sep='|')
print([*range(2), *[9], *(7, 8)], {**{'a': 1}, 'b': 2, **dict(c=3)}, {*"aa", *"a"})
t = (1, 2, 3)
(u, v, w) = t
[u2, v2] = t[:2]
print(u + v + w, u2 * v2)
