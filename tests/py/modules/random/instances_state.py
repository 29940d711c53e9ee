# Pins Random instances: independence, getstate/setstate, subclassing, randbytes.
import random
a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.random(), b.randint(0, 10**12))
st = a.getstate()
x = [a.random() for _ in range(3)]
a.setstate(st)
print(x == [a.random() for _ in range(3)], st[0], len(st[1]))
g = random.Random(1)
g.gauss()
s2 = g.getstate()
print(g.gauss() == (g.setstate(s2) or g.gauss()))
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(3)
print([d.roll() for _ in range(8)], isinstance(d, random.Random))
print(random.Random(11).randbytes(6), len(random.randbytes(3)))
r = random.Random()
print(0.0 <= r.random() < 1.0, type(r.getrandbits(10)).__name__)
