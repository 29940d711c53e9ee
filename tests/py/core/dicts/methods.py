# Pins get/pop/popitem/setdefault/fromkeys/copy/update/clear semantics and return values.
d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 0), d.setdefault("y", []), d.setdefault("x", 99), d)
d["y"].append(5)
print(d.pop("x"), d.pop("nope", "dflt"), d)
d.update({"a": 1}, b=2)
d.update(c=3)
print(d.popitem(), d.popitem(), d)
f = dict.fromkeys("abc")
g = dict.fromkeys(["k1", "k2"], [])
g["k1"].append(1)
print(f, g)
c = d.copy()
c["y"].append(6)
c["new"] = 1
print(d, c)
d.clear()
print(d, len(c))
