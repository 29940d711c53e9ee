# context managers: exceptions in __exit__, contextlib helpers, nested with
import contextlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print('enter', self.name); return self
    def __exit__(self, et, ev, tb): print('exit', self.name, et and et.__name__, ev); return self.suppress
with CM('a') as a, CM('b') as b: print('body', a.name, b.name)
def inner():
    with CM('outer'), CM('inner', True):
        raise ValueError('x')
    return 'after'
t(inner)
def ret_in_with():
    with CM('r'): return 'returned'
t(ret_in_with)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError('from exit')
def be():
    with BadExit(): raise ValueError('orig')
try: be()
except KeyError as e: print('KeyError', e, type(e.__context__).__name__)
class NoEnter:
    def __exit__(self, *a): pass
def ne():
    with NoEnter(): pass
t(ne)
class NoExit:
    def __enter__(self): pass
def nx():
    with NoExit(): pass
t(nx)
@contextlib.contextmanager
def tag(name):
    print('<' + name + '>')
    try: yield name.upper()
    finally: print('</' + name + '>')
with tag('p') as v: print(v)
def gen_exc():
    with tag('div'): raise RuntimeError('in gen cm')
t(gen_exc)
with contextlib.suppress(ZeroDivisionError): 1 / 0
print('suppressed')
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print('captured')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for n in 'xy': st.enter_context(CM(n))
    print('in stack')
cl = contextlib.closing(type('C', (), {'close': lambda self: print('closed')})())
with cl: pass
with contextlib.nullcontext(5) as nv: print(nv)
