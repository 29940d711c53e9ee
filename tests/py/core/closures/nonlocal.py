# Pins nonlocal rebinding through several levels and that assignment without nonlocal creates a local.
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def no_nonlocal():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(no_nonlocal())
def shadow():
    v = 1
    def a():
        v = 2
        def b():
            nonlocal v
            v += 10
            return v
        return b(), v
    return a(), v
print(shadow())
