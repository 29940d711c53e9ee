# exception str/repr of builtin errors raised by the runtime, and exception attributes
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, repr(str(e)), repr(e.args))
t(lambda: {}['k']); t(lambda: {}[(1, 2)]); t(lambda: {}[('x',)]); t(lambda: [][0]); t(lambda: int('q')); t(lambda: 1 / 0); t(lambda: 1 % 0); t(lambda: 1.0 / 0)
t(lambda: undefined_name); t(lambda: ''.nope); t(lambda: None.x); t(lambda: import_nope())
def import_nope():
    import no_such_module_xyz
t(lambda: __import__('no_such_module_xyz')); t(lambda: int.nope); t(lambda: type.nope)
try: {}['k']
except KeyError as e: print(e.args, str(e), repr(e))
try: import no_such_module_xyz
except ImportError as e: print(type(e).__name__, e.name, e.msg if hasattr(e, 'msg') else '')
try: [].pop()
except IndexError as e: print(e.args)
try: (1).x
except AttributeError as e: print(e.args, getattr(e, 'name', '?'), type(getattr(e, 'obj', None)).__name__)
try: unknown_thing
except NameError as e: print(e.args, getattr(e, 'name', '?'))
e = OSError(2, 'No such file', 'f.txt'); print(e, e.errno, e.strerror, e.filename, type(e).__name__, repr(e))
e = OSError('just msg'); print(e, e.errno, e.args)
print(repr(StopIteration()), repr(StopIteration(1)), StopIteration(1, 2).value)
print(str(KeyError('a', 'b')), str(KeyError()), str(KeyError(None)), repr(KeyError(None)))
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
try: b'\xff'.decode()
except UnicodeDecodeError as u: print(u.encoding, u.object, u.start, u.end, u.reason)
try: 'é'.encode('ascii')
except UnicodeEncodeError as u: print(u, u.start, u.end)
print(issubclass(UnicodeDecodeError, ValueError), ZeroDivisionError.__mro__[1:3], issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
class Err(Exception):
    def __init__(self, a, b): super().__init__(a); self.b = b
e = Err(1, 2); print(e.args, str(e), e.b)
import copy
print(repr(copy.copy(ValueError('v'))))
e2 = ValueError('x'); e2.args = ('changed', 1); print(str(e2), repr(e2))
print(repr(Exception(Exception('nested'))), str(Exception([1, 2])))
print(RecursionError.__mro__[1].__name__, type(NotImplementedError()).__mro__[1].__name__, ArithmeticError in OverflowError.__mro__)
def deep(n): return deep(n + 1)
try: deep(0)
except RecursionError as r: print('RecursionError', r)
class E2(Exception):
    def __init__(self, a, b=0): super().__init__(a); self.b = b
c = copy.copy(E2(1, 5)); print(repr(c), c.b, c.args, ValueError('x').__reduce__(), repr(copy.deepcopy(KeyError('k'))))
