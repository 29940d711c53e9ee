# Pins CPython 3.11's ~~~^^^~~~ markers under binary operators and
# subscripts (spacing, parentheses, two-character operators, nesting,
# multi-line spans, non-ASCII text), printed through a chain of contexts.
def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])

a, b, z = 10, "x", 0
d = {"k": [1, 2]}
def g():
    return x * 2 + "s"
def h():
    y = [1][3]
    return y
def k():
    é = {"ü": None}
    return é["ü"] + 1
x = 1
chain([lambda: a + b, lambda: a // z, lambda: a ** -1 / z, lambda: d["missing"],
       lambda: d["k"][5], lambda: d ["k"] [ 7 ], lambda: a +   b   if a else 0,
       lambda: [a, a % z][1], lambda: (a +
                                       b), g, h, k, lambda: a / z])
