# Pins iter() over sequences, next() with default, iter(callable, sentinel), and iterator identity.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
print(iter(it) is it, list(iter("ab")), list(iter((1, 2))), sorted(iter({3, 1})))
data = [5, 4, 3, 0, 9]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
for bad in (lambda: iter(5), lambda: next(5), lambda: iter(len, 1, 2)):
    try:
        bad()
    except TypeError as e:
        print(e)
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
