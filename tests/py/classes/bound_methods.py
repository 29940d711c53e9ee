# bound methods: identity of __self__, __func__, calling through the class
class K:
    def m(self, x):
        return (self.tag, x)
k = K()
k.tag = "k"
bm = k.m
print(bm(1), K.m(k, 2), bm.__self__ is k, bm.__func__ is K.m)
f = k.m
print(f == k.m)
