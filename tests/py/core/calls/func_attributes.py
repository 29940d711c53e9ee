# Pins function object attributes: __name__, __qualname__, __doc__, __defaults__, __module__, user attributes.
def f(a, b=1, *args, c, d=2, **kw):
    "Docstring of f."
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
def g():
    def inner():
        pass
    return inner
print(g().__qualname__, g().__name__, g.__doc__, g.__defaults__)
f.tag = "hello"
print(f.tag, getattr(f, "tag"), hasattr(f, "nope"))
setattr(f, "count", 3)
print(f.count, f.__dict__)
del f.tag
print(hasattr(f, "tag"))
f.__name__ = "renamed"
print(f.__name__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
