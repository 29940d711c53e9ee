# __setattr__ / __delattr__ overrides calling object's
class Track:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
t = Track()
t.a = 1
t.b = 2
del t.a
print(t.log, t.__dict__)
class Frozen:
    def __setattr__(self, n, v): raise AttributeError(f"frozen: {n}")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
