# Pins that the callee's **kwargs and *args are fresh objects: mutating them does not affect the caller.
def mutate(*args, **kwargs):
    kwargs["added"] = True
    kwargs.pop("a", None)
    return args, kwargs
d = {"a": 1, "b": 2}
lst = [1, 2]
print(mutate(*lst, **d))
print(d, lst)
def grow(**kw):
    kw.clear()
    return kw
print(grow(**d), d)
