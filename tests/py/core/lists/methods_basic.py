# Pins list methods append/extend/insert (incl. out-of-range and negative positions)/pop/remove/clear/copy.
l = [1, 2, 3]
l.append([4])
l.extend((5, 6))
l.extend("ab")
print(l)
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "beforelast")
l.insert(-100, "veryfirst")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2)
print(l)
c = l.copy()
l.clear()
print(l, c, c is not l)
e = []
e.extend(range(3))
e += {7: 0}
print(e)
