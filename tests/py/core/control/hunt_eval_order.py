# evaluation order, augmented assignment targets, del, chained comparisons with side effects
import sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
log = []
def v(x): log.append(x); return x
print(v(1) < v(2) < v(0) < v(5), log); log.clear()
d = {}; d[v('k')] = v('val'); print(log); log.clear()
a = [0, 0]; a[v(0)] += v(5); print(a, log); log.clear()
print(v(1) if v(0) else v(2), log); log.clear()
print({v('a'): v(1), v('b'): v(2)}, log); log.clear()
def f(a, b, *c, d=v('default')): pass
f(v(1), v(2), *[v(3)], d=v(4)); print(log); log.clear()
class O: pass
o = O(); o.x = 1; o.x += 1; o.x *= 3; print(o.x)
lst = [1, 2, 3, 4, 5]; del lst[1], lst[-1]; print(lst)
x = 5; del x; t(lambda: x)
def delloc():
    y = 1; del y; return y
t(delloc)
def delg():
    global gz
    gz = 1; del gz
delg(); t(lambda: gz)
dd = {'a': 1}; del dd['a']; t(lambda: dd.__delitem__('a'))
s = 'ab'; s += 'c'; s *= 2; print(s)
tup = (1,); tup += (2,); print(tup)
n = 10; n //= 3; n **= 2; n %= 5; n <<= 3; n >>= 1; n |= 1; n ^= 3; n &= 6; print(n)
fl = 7.0; fl /= 2; fl -= 0.5; print(fl)
print(sys.stdout.write('written\n'))
print('to stdout', file=sys.stdout); print('flush', flush=True)
print(*[1, 2], sep='')
print('a', 'b', end=''); print()
print(end='')
t(lambda: print('x', end=5))
print(repr(print()))
i = 0
while (i := i + 1) < 3: pass
print(i, [(y := k) for k in range(2)], y)
print(1 if [] else 2 if {} else 3, not not [1], (lambda *a, **k: (a, k))(1, x=2))
print(0.1 + 0.2 != 0.3, 3 > 2 == 2, (3 > 2) == 2, 1 < 2 > 1, 'a' < 'b' <= 'b')
print(True is True, None is None, [] is [], () == (), 1 in {1: 2}, 'k' not in {'k'})
print(type(...), ... is Ellipsis, __name__, __doc__ is None)
