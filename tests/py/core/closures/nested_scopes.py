# Pins LEGB name resolution: local, enclosing, global, builtin, and shadowing of builtins.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def use_global():
    return x
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(outer(), use_global(), shadow_builtin(), len("abc"))
def class_like():
    y = 1
    def a():
        def b():
            def c():
                return y
            return c()
        return b()
    return a()
print(class_like())
len = lambda s: -1
print(len("x"))
del len
print(len("x"))
