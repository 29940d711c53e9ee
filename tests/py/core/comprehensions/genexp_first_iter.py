# Pins that the outermost iterable of a generator expression is evaluated immediately, the rest lazily.
def src(tag, n):
    print("evaluating", tag)
    return range(n)
g = (x + y for x in src("outer", 2) for y in src("inner", 2))
print("genexp made")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("immediately:", e)
