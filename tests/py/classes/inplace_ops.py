# in-place operators: __iadd__ and fallback to __add__
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
class Imm:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Imm(self.v + o)
i = Imm(1)
j = i
i += 5
print(i is j, i.v, j.v)
class M:
    def __init__(self): self.v = 1
    def __imul__(self, k):
        self.v *= k
        return self
m = M(); m *= 7; print(m.v)
