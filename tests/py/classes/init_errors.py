# argument errors of object.__new__/__init__ and __init__ returning a value
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class Two:
    def __init__(self, a, b): pass
try:
    Two(1)
except TypeError as e:
    print("TypeError:", e)
