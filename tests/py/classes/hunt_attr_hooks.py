# __getattr__, __setattr__, __delattr__, __getattribute__, __dir__, __class_getitem__
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Rec:
    def __init__(self): object.__setattr__(self, 'log', [])
    def __getattr__(self, n):
        if n.startswith('x'): return n.upper()
        raise AttributeError(f'no {n}')
    def __setattr__(self, n, v): self.log.append(('set', n)); object.__setattr__(self, n, v)
    def __delattr__(self, n): self.log.append(('del', n)); object.__delattr__(self, n)
r = Rec(); r.a = 1; print(r.a, r.xyz, r.log); del r.a; print(r.log); t(lambda: r.a); t(lambda: getattr(r, 'q', 'dflt')); t(lambda: hasattr(r, 'xy'))
t(lambda: delattr(r, 'nothere'))
class GA:
    def __getattribute__(self, n):
        if n == 'secret': raise AttributeError('hidden')
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback ' + n
g = GA(); print(g.secret, g.other)
class DirC:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(DirC()))
class Gen:
    def __class_getitem__(cls, item): return f'{cls.__name__}[{item!r}]'
print(Gen[int], Gen['x'])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__, list[int]() == [])
class Prop:
    @property
    def bad(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'getattr ' + n
print(Prop().bad)
class Cls:
    x = 1
    def m(self): return 'm'
c = Cls(); c.x = 2; print(c.x, Cls.x, type(c).x); del c.x; print(c.x); t(lambda: delattr(c, 'x'))
c.m = lambda: 'inst'; print(c.m(), Cls.m(c)); t(lambda: Cls.m())
Cls.y = property(lambda self: 'prop y'); print(c.y)
t(lambda: setattr(Cls, '__name__', 'Renamed') or Cls.__name__); t(lambda: Cls.__name__)
t(lambda: setattr(int, 'foo', 1)); t(lambda: setattr(1, 'foo', 1)); t(lambda: object.__getattribute__(c, 'zz'))
t(lambda: type(c).__dict__['m'].__name__); t(lambda: Cls.__dict__['x']); t(lambda: 'x' in Cls.__dict__)
t(lambda: getattr(c, '__class__').__name__); t(lambda: c.__class__ is Cls); t(lambda: c.__module__)
class Meta(type):
    def __getattr__(cls, n): return 'meta ' + n
class WithMeta(metaclass=Meta): pass
print(WithMeta.anything, type(WithMeta).__name__)
t(lambda: WithMeta().anything)
