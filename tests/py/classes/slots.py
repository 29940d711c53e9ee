# __slots__: fixed attributes, no __dict__, inheritance adds a dict back
class P:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
p = P(1)
p.y = 2
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q(5)
q.z = 9
print(q.x, q.z, q.__dict__)
print(type(P.x).__name__)
