# assigning special methods on the class after creation updates the behaviour
class N:
    def __init__(self, v): self.v = v
a, b = N(1), N(2)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
N.__add__ = lambda s, o: N(s.v + o.v)
print((a + b).v)
N.__len__ = lambda s: s.v
print(len(b))
N.__eq__ = lambda s, o: s.v == o.v
print(N(3) == N(3))
