# Pins gi_frame/cr_frame/ag_frame snapshots (line, code, globals; None once finished) and inspect.getgeneratorstate/getcoroutinestate through a generator's life.
import inspect
def gen():
    x = 1
    yield x
    yield 2
g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, inspect.getgeneratorstate(g))
next(g)
print(g.gi_frame.f_lineno, inspect.getgeneratorstate(g), g.gi_frame.f_globals is globals())
next(g)
print(g.gi_frame.f_lineno)
def watch():
    print("  inside:", inspect.getgeneratorstate(w))
    yield
w = watch(); next(w)
for _ in g: pass
print(g.gi_frame, inspect.getgeneratorstate(g))
async def co():
    pass
c = co()
print(c.cr_frame.f_lineno, inspect.getcoroutinestate(c))
c.close()
print(c.cr_frame, inspect.getcoroutinestate(c))
async def ag():
    yield 1
a = ag()
print(a.ag_frame.f_code.co_name)
