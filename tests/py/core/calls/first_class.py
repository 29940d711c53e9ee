# Pins functions as values: stored in containers, passed, returned, compared by identity.
def add(a, b): return a + b
def mul(a, b): return a * b
ops = {"+": add, "*": mul}
for sym in sorted(ops):
    print(sym, ops[sym](6, 7))
def apply(fn, *args):
    return fn(*args)
print(apply(add, 1, 2), apply(max, 3, 9, 4), apply(len, "abc"))
def choose(name):
    return add if name == "add" else mul
print(choose("add") is add, choose("x") is mul, choose("add")(2, 2))
fs = [add, mul, abs]
print([f.__name__ for f in fs])
print(add == add, add != mul)
