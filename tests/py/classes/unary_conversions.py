# unary operators, __int__, __float__, __index__, __bool__
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __index__(self): return 3
n = N()
print(-n, +n, ~n, int(n), float(n), [10, 20, 30, 40][n], bin(n), hex(n))
print(range(10)[n], "abcdef"[n:])
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(B(True)), bool(B(False)), "yes" if B(True) else "no", not B(False))
