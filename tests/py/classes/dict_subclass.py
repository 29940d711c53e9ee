# subclassing dict: __missing__ is optional, item access, keyword construction
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
d = Attr(a=1, b=2)
print(d.a, d["b"], len(d), sorted(d), isinstance(d, dict), d)
class Counter(dict):
    def add(self, k): self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "hello": c.add(ch)
print(c, type(c).__name__)
