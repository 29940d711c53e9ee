# Pins bytes(x) for class instances: __bytes__ (checked result, subclasses of bytes too), __index__ as a count, list subclasses, and the TypeError for other objects.
class B:
    def __bytes__(self): return b"xy"
print(bytes(B()))
class S(bytes): pass
print(type(bytes(S(b"a"))).__name__, bytes(S(b"ab")))
class Bad:
    def __bytes__(self): return 1
try: bytes(Bad())
except TypeError as e: print(e)
class I:
    def __index__(self): return 3
print(bytes(I()))
class L(list): pass
print(bytes(L([1,2])), bytes([3]), bytes(2))
class SB(bytes):
    def __bytes__(self): return b"over"
print(bytes(SB(b"q")))
class Both:
    def __bytes__(self): return b"b"
    def __index__(self): return 2
print(bytes(Both()))
try: bytes(object())
except TypeError as e: print(e)
class Nothing: pass
try: bytes(Nothing())
except TypeError as e: print(e)
