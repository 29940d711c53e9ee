# Pins a wrapper decorator with *args/**kwargs: call counting, argument logging, return passthrough.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("result", result)
        return result
    return wrapper
@logged
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=7)
print(add.__name__)
def counted(fn):
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
