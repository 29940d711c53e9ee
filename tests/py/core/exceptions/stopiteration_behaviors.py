# Pins next() raising StopIteration, next with default, and iterator exhaustion in loops.
it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, repr(e))
try:
    next([1])
except TypeError as e:
    print(e)
g = (x for x in [])
try:
    next(g)
except StopIteration:
    print("genexp exhausted")
