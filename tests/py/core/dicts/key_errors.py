# Pins KeyError messages (repr of the key), pop/popitem errors, and missing key with tuples/None.
d = {"a": 1}
for key in ("b", 2, (1, 2), None, "", "it's"):
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, e.args)
try:
    d.pop("zz")
except KeyError as e:
    print("pop", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem", e)
try:
    d[[1]]
except TypeError as e:
    print(e)
try:
    d[{}] = 1
except TypeError as e:
    print(e)
