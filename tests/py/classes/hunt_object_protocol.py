# object protocol corners: __new__/__init__ errors, __init__ returning, __class__ assignment, __bool__/__len__
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    def __init__(self, x): self.x = x
t(lambda: A()); t(lambda: A(1, 2)); t(lambda: A(y=1)); t(lambda: object.__new__(A).__dict__)
class RetInit:
    def __init__(self): return 5
t(lambda: RetInit())
class NewOnly:
    def __new__(cls, *a): print('new', a); return super().__new__(cls)
t(lambda: type(NewOnly(1, 2)).__name__)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
t(lambda: NewOther())
class NoInit: pass
t(lambda: NoInit(1)); t(lambda: object(1)); t(lambda: NoInit(x=1))
class Lenny:
    def __len__(self): return 0
print(bool(Lenny()), not Lenny(), 'yes' if Lenny() else 'no')
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()))
class CallMe:
    def __call__(self): return 'called'
print(CallMe()(), callable(CallMe()), callable(1))
one = 1; non = None; t(lambda: one()); t(lambda: non())
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1
[Cnt() for _ in range(3)]; print(Cnt.n)
class Slotted:
    __slots__ = ['a']
t(lambda: Slotted().a); s = Slotted(); s.a = 1; del s.a; t(lambda: s.a); t(lambda: delattr(s, 'a'))
class Str2:
    def __str__(self): return 'S'
print(str(Str2()), f'{Str2()}', '%s' % Str2(), format(Str2()), [str(Str2())], '{}'.format(Str2()))
t(lambda: format(Str2(), 'x'))
class Idx:
    def __index__(self): return 3
print(bin(Idx()), 'abcdef'[Idx()], [0] * Idx(), range(Idx()), int(Idx()) if hasattr(int, '__index__') else '')
class IntOnly:
    def __int__(self): return 7
t(lambda: int(IntOnly())); t(lambda: 'abc'[IntOnly()]); t(lambda: float(IntOnly())); t(lambda: range(IntOnly()))
class FloatOnly:
    def __float__(self): return 2.5
t(lambda: float(FloatOnly())); t(lambda: int(FloatOnly())); t(lambda: round(FloatOnly()))
import math
t(lambda: math.sqrt(FloatOnly())); t(lambda: math.floor(FloatOnly()))
