# __eq__/__hash__ interplay, sets and dicts of user objects
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
t(lambda: hash(OnlyEq(1))); t(lambda: {OnlyEq(1)}); t(lambda: OnlyEq.__hash__); t(lambda: OnlyEq(1) == OnlyEq(1)); t(lambda: OnlyEq(1) != OnlyEq(2))
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f'B{self.v}'
print(len({Both(1), Both(1), Both(2)}), Both(1) in {Both(1)}, {Both(1): 'x'}[Both(1)], [Both(1)].index(Both(1)), [Both(2), Both(1)].count(Both(1)))
class Child(Both):
    def __eq__(self, o): return True
t(lambda: hash(Child(1)))
class Child2(Both): pass
t(lambda: hash(Child2(3)) == hash(3))
class HashNone:
    __hash__ = None
t(lambda: hash(HashNone())); t(lambda: isinstance(HashNone(), __import__('collections.abc').abc.Hashable))
class BadHash:
    def __hash__(self): return 'x'
t(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2 ** 100
t(lambda: hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self): return -1
t(lambda: hash(NegOne()))
class NE:
    def __eq__(self, o): return 'truthy'
t(lambda: NE() == 1); t(lambda: NE() != 1); t(lambda: 1 == NE()); t(lambda: [NE()] == [1]); t(lambda: NE() in [1])
class Reflect:
    def __eq__(self, o): print('Reflect.eq'); return NotImplemented
t(lambda: Reflect() == Reflect()); t(lambda: Reflect() != 1); t(lambda: Reflect() is Reflect())
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == (o.v if isinstance(o, Num) else o)
    def __hash__(self): return hash(self.v)
d = {1: 'int'}; d[Num(1)] = 'num'; print(d, len(d))
class Sub(int):
    def __eq__(self, o): return 'sub-eq'
    __hash__ = int.__hash__
t(lambda: 1 == Sub(1)); t(lambda: Sub(1) == 1); t(lambda: {Sub(5): 1}[5])
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
    def __gt__(self, o): print('gt', self.v, o.v); return self.v > o.v
t(lambda: Ord(1) < Ord(2)); t(lambda: Ord(1) > Ord(2)); t(lambda: Ord(1) <= Ord(2))
import functools
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(TO(1) <= TO(2), TO(3) >= TO(2), TO(1) > TO(1), sorted([TO(3), TO(1)])[0].v)
