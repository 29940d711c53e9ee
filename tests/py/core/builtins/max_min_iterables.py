# Pins min/max over dicts (keys), strings, generators, sets of ints, and with key=dict.get.
d = {"x": 3, "y": 7, "z": 1}
print(max(d), min(d), max(d, key=d.get), min(d.values()), max(d.items(), key=lambda kv: kv[1]))
print(max("hello world"), min(x * x for x in range(-3, 2)), max({5, 9, 1}), min(range(10, 0, -3)))
