# Pins := in if/while/comprehensions, including binding into the enclosing scope from a comprehension.
data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 5:
    print("long list", n)
it = iter(data)
while (x := next(it, None)) is not None:
    print(x, end=" ")
print()
ys = [y for v in data if (y := v * v) > 10]
print(ys, y)
def f():
    vals = [last := v for v in range(4)]
    return vals, last
print(f())
print((z := 10) + z)
print([(w := i) for i in range(3)], w)
if any((hit := v) > 3 for v in data):
    print("first over 3:", hit)
