# truth value from __len__; __bool__ must return bool
class E:
    def __len__(self): return 0
class F:
    def __len__(self): return 3
print(bool(E()), bool(F()), len(F()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
