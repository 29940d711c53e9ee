# binary operator dispatch: subclass reflected priority, NotImplemented fallbacks, in-place fallbacks
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub(), Sub() + Base(), 1 + Base(), Base() + 1)
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
t(lambda: NI() + NI()); t(lambda: NI() + 1); t(lambda: 1 + NI())
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + (o.v if isinstance(o, OnlyAdd) else o))
    def __repr__(self): return f'OA({self.v})'
x = OnlyAdd(1); x += 5; print(x); x += OnlyAdd(2); print(x)
class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
    def __rsub__(self, o): return 'MyInt.rsub'
print(1 + MyInt(2), 1 - MyInt(2), MyInt(2) + 1, 1.5 + MyInt(2))
class MyList(list):
    def __radd__(self, o): return 'MyList.radd'
print([1] + MyList([2]), MyList([2]) + [1])
class Mul:
    def __rmul__(self, o): return f'rmul {o!r}'
print(3 * Mul(), 'ab' * Mul(), [1] * Mul())
class Cmp:
    def __eq__(self, o): return 'eq called'
    def __lt__(self, o): return 'lt called'
print(1 == Cmp(), Cmp() == 1, 1 > Cmp(), 'a' < Cmp() if False else '', [Cmp()] == [1])
class CmpSub(Cmp):
    def __gt__(self, o): return 'CmpSub.gt'
print(Cmp() < CmpSub())
class Inv:
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
print(~Inv(), +Inv()); t(lambda: -Inv())
class LenBool:
    def __len__(self): return 3
print(not LenBool(), LenBool() and 'yes')
class Contains:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Contains(), 5 not in Contains())
class Hashy:
    def __hash__(self): return 42
    def __eq__(self, o): return isinstance(o, Hashy)
print({Hashy(): 1}[Hashy()], len({Hashy(), Hashy()}))
