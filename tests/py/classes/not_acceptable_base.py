# some types cannot be subclassed; bases must be classes
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class C(3): pass
except TypeError as e:
    print("TypeError:", type(e).__name__)
