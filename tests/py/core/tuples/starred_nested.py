# Pins starred unpacking in nested targets and in tuple displays.
(a, *b), c = "xyz", 1
print(a, b, c)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
t = (*range(2), *"ab", *[None])
print(t)
head, *tail = (x * x for x in range(4))
print(head, tail)
*_, last = range(10)
print(last)
print(type(t).__name__, len(t))
