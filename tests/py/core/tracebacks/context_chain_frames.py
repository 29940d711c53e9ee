# Pins a chain of contexts through varied frames: exceptions without a
# message, KeyError reprs, raise from None, exec and eval code (<string>,
# no source line), comprehension and lambda frames, decorators, a call
# spanning lines, KeyboardInterrupt in the middle.
def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])
def nomsg():
    raise ValueError
def keyerr():
    {}[("a", 1)]
def emptykey():
    raise KeyError()
def fromnone():
    try:
        1/0
    except ZeroDivisionError:
        raise RuntimeError("x") from None
def ex():
    exec("def q():\n    return 1/0\nq()")
def ev():
    eval("undefined_nm + 1")
def comp():
    return {k: 1/k for k in [0]}
def setc():
    return {1/k for k in [0]}
def gen():
    return list(1/k for k in [0])
def assert_plain():
    assert 1 == 2
def kbd():
    raise KeyboardInterrupt
def multi(
    x):
    return x.nope
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def decorated(v):
    return v[1]
chain([nomsg, keyerr, emptykey, fromnone, ex, ev, comp, setc, gen, kbd,
       lambda: multi(3), lambda: decorated(5), lambda: int("x"), lambda: KeyError("a", "b").throw()])
