# Pins the singletons None, Ellipsis, NotImplemented: identity, repr, truthiness, type names.
print(None is None, ... is Ellipsis, repr(...), type(...).__name__, type(None).__name__, bool(None), bool(...))
print(type(None)() is None, [None] * 2, {None: ...}, None == False, None == 0)
try:
    None + 1
except TypeError as e:
    print(e)
