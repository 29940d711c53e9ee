# __eq__ / __hash__: defaults by identity; __eq__ alone makes instances unhashable
class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))
class Pt:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, Pt) and self.x == o.x
print(Pt(1) == Pt(1), Pt(1) != Pt(1), Pt(1) != Pt(2), Pt.__hash__)
try:
    hash(Pt(1))
except TypeError as e:
    print("TypeError:", e)
class H:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
    def __hash__(self): return hash(self.x)
print(len({H(1), H(1), H(2)}), H(5) in {H(5)})
