# Pins globals()/locals() contents at module and function level (sorted names; no reprs with addresses).
x = 1
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc), loc["c"]
print(f(1))
g = globals()
print("x" in g, g["x"], g["__name__"], "f" in g, g is globals(), locals() is g)
g["created"] = "via globals"
print(created)
def h():
    return sorted(locals())
print(h())
