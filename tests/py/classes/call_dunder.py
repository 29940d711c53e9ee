# __call__ makes instances callable, with keywords
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1): return (self.n + x) * scale
add = Adder(10)
print(add(1), add(2, scale=3), callable(add), callable(Adder), callable(3))
print(list(map(Adder(1), [1, 2, 3])))
