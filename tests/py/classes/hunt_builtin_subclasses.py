# subclassing builtins: int, str, list, dict, tuple
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class MyInt(int):
    def __repr__(self): return f'MyInt({int(self)})'
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, m * 2, -m, type(-m).__name__, str(m), f'{m}', f'{m:03d}', m == 5, hash(m) == hash(5))
class MyStr(str):
    def shout(self): return self.upper() + '!'
s = MyStr('hi'); print(s.shout(), type(s + 'x').__name__, type(s.upper()).__name__, s == 'hi', repr(s), isinstance(s, str), len(s))
class MyList(list):
    def append(self, x): super().append(x * 10)
ml = MyList([1]); ml.append(2); ml.extend([3]); print(ml, type(ml[:1]).__name__, type(ml + ml).__name__, ml == [1, 20, 3])
class Pos(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pos(1, 2); print(p, p.x, type(p).__name__, p + (3,), len(p))
class CountDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
cd = CountDict(a=1); cd['b'] = 2; cd.update(c=3); print(cd, cd.get('b'), type(cd.copy()).__name__)
class DefDict(dict):
    def __missing__(self, k): self[k] = [] ; return self[k]
dd = DefDict(); dd['x'].append(1); print(dd)
class MyFloat(float):
    pass
print(MyFloat(1.5) + 1, type(MyFloat(2) * 2).__name__, repr(MyFloat('2.5')), round(MyFloat(2.567), 2))
class Upper(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(Upper('abc'), Upper('abc') + 'd')
class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg); self.code = code
try: raise E('boom', 7)
except E as e: print(e, e.code, e.args, repr(e))
class MySet(set): pass
ms = MySet([1, 2]); print(type(ms | {3}).__name__, sorted(ms), isinstance(ms, set))
t(lambda: MyInt('12', 8)); t(lambda: MyInt('x')); t(lambda: MyList(5)); t(lambda: Pos(1))
class B(bool if False else int): pass
print(B(3) + B(4), type(B(3) + B(4)).__name__)
import collections
class OD(collections.OrderedDict): pass
o = OD(a=1, b=2); o.move_to_end('a'); print(list(o), o)
class Counter2(collections.Counter): pass
print(Counter2('abracadabra').most_common(2))
