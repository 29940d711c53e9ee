# __getitem__ / __setitem__ / __delitem__ / __contains__ / __len__
class Bag:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
b = Bag()
b["a"] = 1
b["b"] = 2
del b["a"]
print(b["b"], "a" in b, "b" in b, len(b), "z" not in b)
try:
    b["nope"]
except KeyError as e:
    print("KeyError:", e)
