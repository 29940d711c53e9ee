# list/tuple methods and error messages
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
L = [3, 1, 2]
t(lambda: L.index(5)); t(lambda: L.index(1, 2)); t(lambda: L.remove(9)); t(lambda: [].pop()); t(lambda: [1].pop(5)); t(lambda: L.pop(-1))
t(lambda: L.insert(100, 9) or L); t(lambda: L.insert(-100, 0) or L); t(lambda: L.count(9)); t(lambda: [1, 2] + (3,)); t(lambda: [1] * 'a')
t(lambda: [1, 2, 3][1:2]); t(lambda: [1, 2, 3][::-2]); k = 'a'; t(lambda: [1, 2, 3][k]); t(lambda: [1, 2][5]); t(lambda: (1, 2)[5]); t(lambda: (1,).index(2))
x = [1, 2, 3, 4, 5]
x[1:3] = 'ab'; t(lambda: x); x[::2] = [0, 0, 0]; t(lambda: x)
def f(): x[::2] = [1]
t(f)
def g(): del x[::2]; return x
t(g)
def h(): y = [1, 2]; y[5:] = [9]; return y
t(h)
t(lambda: sorted([3, 1, 2], reverse=True)); t(lambda: sorted(['b', 'A', 'c'], key=str.lower)); t(lambda: sorted([1, 'a']))
t(lambda: [1, 2].sort(key=None)); t(lambda: sorted([1, 2], key=1)); t(lambda: sorted([1], cmp=1)); t(lambda: [].sort(1))
t(lambda: list(reversed([1, 2, 3]))); t(lambda: [1, 2] < [1, 2, 3]); t(lambda: [1, 'a'] < [1, 2]); t(lambda: (1, 2) < (1, 'a')); t(lambda: [1] == (1,))
t(lambda: list(range(5))[-10:10]); t(lambda: tuple('abc')); t(lambda: (1, 2) * 2); t(lambda: (1, 2) + [3]); t(lambda: ().count(1))
t(lambda: [[]] * 3); t(lambda: list(1)); t(lambda: tuple(None)); t(lambda: [1, 2].extend(3)); t(lambda: [1, 2, 3].copy()); t(lambda: [3, 2].clear())
stab = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
t(lambda: sorted(stab, key=lambda p: p[0])); t(lambda: sorted(stab, key=lambda p: p[0], reverse=True))
t(lambda: [1, 2, 3].index(3, -1)); t(lambda: [1, 2, 3].index(1, -10, 10)); t(lambda: hash([])); t(lambda: hash((1, [])))
t(lambda: repr([1, [2, (3,)], 'x'])); t(lambda: (1,)); t(lambda: ()); t(lambda: list('ab') * 0)
l2 = [1]; l2.append(l2); print(l2); t2 = (l2,); print(t2)
t(lambda: [1, 2, 3].__getitem__(slice(None, None, 0))); t(lambda: [0] * -5); t(lambda: 3 in [1, 2]); t(lambda: min([])); t(lambda: max([], default=7))
t(lambda: [1, 2, 3].pop('a')); t(lambda: [1, 2].insert('a', 1)); t(lambda: [].index()); t(lambda: (1, 2, 3)[1:'a'])
a = [1, 2, 3]; a += (4,); print(a); a *= 2; print(a)
def ta(): b = (1,); b += [2]; return b
t(ta)
t(lambda: divmod(*[7, 2])); t(lambda: [*'ab', *range(2)]); t(lambda: (*[1], 2))
