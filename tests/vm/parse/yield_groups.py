# A parenthesized yield is an atom like any other: it can start a tuple or
# be the element of a generator expression.
def f():
    a = ((yield), 1)
    b = ((yield),)
    c = ((yield) for x in y)
    d = ((yield from z) for x in y)
    e = (yield)
    g = ((yield))
