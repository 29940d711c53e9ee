# Pins dict repr with various key types, nested containers, and recursive self-reference.
d = {1: "one", "two": 2, (3,): [3], None: None, 2.5: {"x": {}}, True: False}
print(d)
d = {"self": None}
d["self"] = d
print(d)
print(repr({}), str({"q": "it's"}), {"a": b"b"})
