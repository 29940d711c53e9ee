# exception chaining, finally/return, custom exceptions
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class MyErr(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class WithStr(ValueError):
    def __str__(self): return 'custom str'
class NoSuper(Exception):
    def __init__(self, x): self.x = x
for e in [MyErr(), MyErr('a'), MyErr('a', 2), WithInit(3, 'bad'), WithStr('q'), NoSuper(5), KeyError('k'), KeyError(), KeyError(1, 2), OSError(2, 'nofile'), UnicodeError('u')]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
def f1():
    try: return 1
    finally: return 2
def f2():
    for i in range(3):
        try: continue
        finally: print('fin', i)
    return 'done'
def f3():
    try: raise ValueError('v')
    finally: return 'swallowed'
def f4():
    x = 0
    try: return x
    finally: x = 5
t(f1); t(f2); t(f3); t(f4)
def chain():
    try:
        try: 1 / 0
        except ZeroDivisionError as e: raise ValueError('wrapped') from e
    except ValueError as v:
        print(type(v.__cause__).__name__, v.__suppress_context__, type(v.__context__).__name__)
    try:
        try: 1 / 0
        except ZeroDivisionError: raise KeyError('implicit')
    except KeyError as k:
        print(k.__cause__, k.__suppress_context__, type(k.__context__).__name__)
    try:
        try: 1 / 0
        except ZeroDivisionError: raise KeyError('none') from None
    except KeyError as k:
        print(k.__cause__, k.__suppress_context__, type(k.__context__).__name__)
chain()
def nested():
    try:
        raise TypeError('a')
    except TypeError:
        try: raise ValueError('b')
        except ValueError as e: print('ctx', repr(e.__context__))
    try: pass
    finally: print('ok')
nested()
e = None
try: raise MyErr('x')
except MyErr as e: pass
try: print(e)
except NameError as ne: print('NameError', ne)
t(lambda: ValueError('a') == ValueError('a')); t(lambda: issubclass(KeyError, LookupError));
try: raise ValueError
except ValueError as v: print(repr(v), v.args)
try: raise 5
except TypeError as te: print(te)
try: raise ValueError from 5
except TypeError as te: print(te)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
with Ctx(): raise RuntimeError('suppressed')
print('after')
try:
    try: raise ValueError(1)
    except ValueError: raise
except ValueError as v: print('reraised', v)
def gen_exc():
    try: yield 1
    finally: print('gen cleanup')
g = gen_exc(); next(g); g.close(); print('closed')
e = ValueError('m'); e.add_note('note1') if hasattr(e, 'add_note') else None; print(getattr(e, '__notes__', None))
t(lambda: str(StopIteration(5).value)); t(lambda: SystemExit(3).code); t(lambda: repr(Exception('a', 'b')))
t(lambda: Exception().with_traceback(None)); t(lambda: isinstance(MyErr(), Exception))
