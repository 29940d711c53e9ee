# Pins that augmented assignment evaluates the subscript target expression once.
calls = []
def idx(i):
    calls.append(i)
    return i
l = [10, 20]
l[idx(1)] += 1
print(l, calls)
d = {}
d.setdefault("k", 0)
d[idx("k")] += 5
print(d, calls)
def getlist():
    calls.append("getlist")
    return l
getlist()[0] *= 3
print(l, calls)
