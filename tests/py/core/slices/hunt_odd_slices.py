# slicing with odd steps and bounds
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s = list(range(10)); st = 'abcdefghij'; tu = tuple(s)
for sl in [slice(None, None, 3), slice(8, 2, -2), slice(-3, None), slice(None, -3, -1), slice(100, -100, -1), slice(-100, 100, 4), slice(5, 5), slice(2, 8, -1), slice(None, None, -3), slice(-1, -11, -3), slice(3, None, 100), slice(-20, 3)]:
    print(sl, s[sl], st[sl], tu[sl], range(10)[sl], bytes(range(10))[sl])
t(lambda: s[::0]); t(lambda: st[::0]); t(lambda: s['a':]); t(lambda: s[1.5:]); t(lambda: s[None:None]); t(lambda: st[True:])
class I:
    def __index__(self): return 2
t(lambda: s[I():I() + 3 if False else 5]); t(lambda: s[I()]); t(lambda: st[:I()])
a = list(range(10)); a[::3] = 'wxyz'; print(a)
a = list(range(10)); t(lambda: a.__setitem__(slice(None, None, 3), [1, 2])); a[2:5] = []; print(a); a[:0] = [9, 9]; print(a); a[len(a):] = [7]; print(a)
a = list(range(10)); del a[::-2]; print(a); del a[1:100]; print(a)
a = list(range(5)); a[3:1] = ['ins']; print(a); a[-1:-3:-1] = 'XY'; print(a)
print(slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step, slice(5), repr(slice(None)), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
t(lambda: slice(1, 2, 0).indices(5)); t(lambda: slice(-5, 50, 2).indices(10)); t(lambda: slice(1).indices(-1)); t(lambda: hash(slice(1)))
t(lambda: st[2:-2:-1]); t(lambda: st[-2:2:-1]); t(lambda: (1, 2, 3)[-4:]); t(lambda: s[-1000]); t(lambda: st[10])
t(lambda: s[9:0:-4]); t(lambda: 'x'[::-1]); t(lambda: ''[::-1]); t(lambda: range(0, 20, 3)[::-2]); t(lambda: range(10)[-1:-20:-3]); t(lambda: range(5)[10])
big = 2 ** 100
t(lambda: s[big:]); t(lambda: s[-big:2]); t(lambda: s[::big]); t(lambda: s[big]); t(lambda: range(big)[big - 1]); t(lambda: len(range(big)))
