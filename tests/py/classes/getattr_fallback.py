# __getattr__ runs only when normal lookup fails
class Proxy:
    def __init__(self, target): self.target = target
    def __getattr__(self, name):
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1), hasattr(p, "nope"))
class Default:
    real = 1
    def __getattr__(self, name): return name.upper()
d = Default()
print(d.real, d.anything, getattr(d, "xyz"))
