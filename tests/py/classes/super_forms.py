# super() with and without arguments, in methods, classmethods and __init__
class A:
    def __init__(self): self.trail = ["A"]
    def hi(self): return "A.hi"
    @classmethod
    def cm(cls): return f"A.cm({cls.__name__})"
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")
    def hi(self): return "B>" + super().hi()
    @classmethod
    def cm(cls): return "B>" + super().cm()
class C(B):
    def hi(self): return "C>" + super(B, self).hi()
c = C()
print(c.trail, c.hi(), C.cm(), B().hi())
print(super(C, c).hi())
try:
    super(C, c).nothing
except AttributeError as e:
    print("AttributeError:", e)
