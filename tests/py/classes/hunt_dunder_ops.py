# dunder methods: operators, containers, iteration, repr/str/format
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'V({self.x}, {self.y})'
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(self.x + o, self.y + o)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __round__(self, n=None): return V(round(self.x, n), round(self.y, n))
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __pow__(self, e, mod=None): return ('pow', e, mod)
    def __rpow__(self, b): return ('rpow', b)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __index__(self): return self.x
    def __format__(self, spec): return f'V<{spec}>'
    def __str__(self): return 'vec'
a, b = V(1, 2), V(3, 4)
print(a + b, 1 + a, a * 2, 3 * a, -a, abs(b), bool(V(0, 0)), a == V(1, 2), a != b, a < b, a > b, a <= b if hasattr(V, '__le__') and False else '')
print(round(V(1.26, 2.5), 1), round(V(1.5, 2.5)), divmod(a, 1), divmod(1, a), a ** 2, pow(a, 2, 5), 2 ** a, a @ b)
print([10, 20, 30][V(1, 0)], hex(V(255, 0)), f'{a:xyz}', format(a), str(a), '%s %r' % (a, a), len({a, V(1, 2)}))
t(lambda: a + 1); t(lambda: a - b); t(lambda: a <= b); t(lambda: a < 1); t(lambda: 'x' @ a); t(lambda: ~a)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice): return ('slice', i.start, i.stop, i.step)
        if i >= self.n: raise IndexError(i)
        return i * 10
    def __contains__(self, v): print('contains', v); return v == 'magic'
    def __reversed__(self): return iter(['r1', 'r2'])
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
s = Seq(3)
print(list(s), len(s), s[1:2], s[::-1], s[1:], 'magic' in s, 5 in s, list(reversed(s)))
s[0] = 'z'; s[1:2] = 'y'; del s[0]; del s[:]
class Seq2:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return 'ab'[i]
print(list(reversed(Seq2())), 'b' in Seq2(), sorted(Seq2(), reverse=True))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()), [x for x in It()], *It())
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2 ** 70
class StrLen:
    def __len__(self): return '3'
t(lambda: len(BadLen())); t(lambda: len(BigLen())); t(lambda: len(StrLen())); t(lambda: bool(BadLen()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool())); t(lambda: not BadBool())
class BadRepr:
    def __repr__(self): return 5
t(lambda: repr(BadRepr())); t(lambda: str(BadRepr()))
class NoIter: pass
t(lambda: iter(NoIter())); t(lambda: list(NoIter())); t(lambda: len(NoIter())); t(lambda: NoIter()[0]); t(lambda: reversed(NoIter()))
class IterNone:
    def __iter__(self): return 5
t(lambda: iter(IterNone()))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Cmp({self.v})'
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(3), Cmp(1)), max([Cmp(3), Cmp(5)]))
t(lambda: Cmp(1) > Cmp(2)); t(lambda: Cmp(1) <= Cmp(2)); t(lambda: Cmp(1) == Cmp(1))
class Ctx:
    def __enter__(self): print('enter'); return 'val'
    def __exit__(self, et, ev, tb): print('exit', et.__name__ if et else None, ev); return False
with Ctx() as v: print('body', v)
t(lambda: exec_ctx())
def exec_ctx():
    with Ctx(): raise KeyError('k')
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
class Inplace:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
    def __repr__(self): return 'I' + repr(self.v)
ip = Inplace(); ip += 1; ip += 2; print(ip)
class Missing(dict):
    def __missing__(self, k): return k * 2
print(Missing()['ab'], Missing(a=1)['a'], Missing().get('z'))
