# Pins decorator factories (decorators with arguments) and stacking order of multiple decorators.
def tag(name):
    def deco(fn):
        def w(*a, **k):
            return f"<{name}>{fn(*a, **k)}</{name}>"
        return w
    return deco
def trace(fn):
    print("decorating", fn.__name__)
    return fn
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
@trace
@tag("p")
def para():
    return "x"
print(para())
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def one(x):
    return x
print(one("a"))
