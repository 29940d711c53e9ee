# assigning obj.__class__ between compatible user classes
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class B: pass
class C: pass
b = B(); b.__class__ = C; print(type(b).__name__)
t(lambda: setattr(1, '__class__', C))
t(lambda: setattr(b, '__class__', 5))
