# Pins tuple packing without parens, single-element tuples, unpacking into names and swaps.
t = 1, 2, 3
s = 1,
e = ()
print(t, s, e, type(s).__name__, len(e), (1), (1,), ((),))
a, b, c = t
print(a, b, c)
x, = s
print(x)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *middle, last = t + (4, 5)
print(first, middle, last)
def pair():
    return "L", "R"
l, r = pair()
print(l, r)
