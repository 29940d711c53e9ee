# Pins string equality and hash consistency (equal strings hash equally) without printing hash values.
a = "hello world"
b = "hello " + "world"
c = "".join(["hello", " ", "world"])
print(a == b == c, hash(a) == hash(b) == hash(c), {a: 1}[c])
print("é" == "\u00e9", "é" == "e\u0301", len("e\u0301"))
d = {}
for w in "to be or not to be".split():
    d[w] = d.get(w, 0) + 1
print(d)
