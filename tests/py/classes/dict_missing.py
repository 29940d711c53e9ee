# dict subclasses: __missing__ answers absent keys for d[k] only
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))
class Plain(dict):
    pass
try:
    Plain()["x"]
except KeyError as e:
    print("KeyError:", e)
