# Pins that the callee is evaluated before the arguments, and * and ** are expanded left to right.
def tag(name, value):
    print("eval", name)
    return value
def f(*a, **k):
    return a, k
print(tag("callee", f)(tag("p1", 1), *tag("star", [2, 3]), tag("p4", 4), k=tag("kw", 5), **tag("dstar", {"z": 6})))
