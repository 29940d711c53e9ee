# Pins add/remove/discard/pop/clear/update family and the KeyError from remove/pop.
s = {1, 2}
s.add(3); s.add(2)
s.discard(10); s.discard(1)
print(s)
s.update([4, 5], (6,))
s.intersection_update({2, 3, 4, 5, 7})
print(s)
s.difference_update([2])
s.symmetric_difference_update({3, 9})
print(s)
s |= {100}; s &= {4, 5, 9, 100}; s -= {5}; s ^= {0}
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(sorted([s.pop() for _ in range(len(s))]), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
c = {1}
d = c.copy()
d.add(2)
print(c, d)
