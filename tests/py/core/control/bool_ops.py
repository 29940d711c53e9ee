# Pins that and/or return an operand (not a bool) and short-circuit; `not` always returns a bool.
def t(x):
    print("t", x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or [] or 0)
print([] and 1, None or 'd', 'a' and 'b' and 'c', 0 or '' or None)
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not 0, not 5, not [], not 'x', not None)
print(type(not 1).__name__, 1 and True, True and 1)
x = None
print(x or "default", x and x.foo)
