# __format__ with format(), f-strings and str.format; the default rejects specs
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec or '.2f'}}"
m = Money(3.14159)
print(format(m), format(m, ".1f"), f"{m}", f"{m:.3f}", "{:.0f}".format(m))
class Plain:
    def __repr__(self): return "Plain!"
print(format(Plain()), f"{Plain()}", f"{Plain()!r:>8}")
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
