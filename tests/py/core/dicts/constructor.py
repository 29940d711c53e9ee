# Pins dict() from keywords, pairs, mappings, zip, and its errors for bad sequences.
print(dict(), dict(a=1), dict([("a", 1), ["b", 2]]), dict({"c": 3}, d=4), dict(zip("ab", (1, 2))))
print(dict([("k", 1), ("k", 2)]), dict(["xy"]), dict.fromkeys(range(3), 0))
for bad in ([1], [(1, 2, 3)], ["abc"], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
