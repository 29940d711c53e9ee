# Pins del of names, list items, slices and dict keys, and the errors after deletion.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = list(range(10))
del l[0]
del l[-1]
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del l[10]
except IndexError as e:
    print("IndexError", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
def g():
    y = 1
    del y
    return y
try:
    g()
except UnboundLocalError as e:
    print(e)
