# Pins `in` for ranges with ints, floats, bools and strings, and count/index with non-int values.
r = range(0, 10, 2)
print(4 in r, 4.0 in r, 4.5 in r, True in range(2), "a" in r, None in r, -2 in r, 10 in r)
print(r.count(4.0), r.count("x"), r.index(True) if True in r else "n/a", range(10 ** 18).index(10 ** 17))
