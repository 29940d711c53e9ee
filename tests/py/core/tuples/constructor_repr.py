# Pins tuple() from iterables, repr of nested/single/empty tuples and recursion through lists.
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)), tuple({"a": 1}), tuple(x for x in "xy"))
print(repr((1,)), repr(((1,),)), repr(("a", None, 1.0)), str((True,)))
l = [1]
t = (l,)
l.append(t)
print(t)
t2 = (1, 2)
print(tuple(t2) is t2)
try:
    tuple(1)
except TypeError as e:
    print(e)
