# Pins TypeErrors for list + non-list and += with non-iterables, and that += accepts any iterable.
l = [1]
for expr in ("l + (2,)", "l + 'a'", "l + None", "(1,) + l"):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
try:
    l += 5
except TypeError as e:
    print(e)
l += (2,)
l += range(3, 5)
print(l)
