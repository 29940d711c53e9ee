# Pins sorting: key functions, reverse stability, functools.cmp_to_key, operator.itemgetter/attrgetter, total_ordering, __lt__-only classes, and mixed-type errors.
from functools import cmp_to_key, total_ordering
from operator import itemgetter, attrgetter, methodcaller

recs = [("bob", 25, 3.5), ("alice", 30, 2.0), ("carol", 25, 4.5), ("dave", 30, 2.0), ("eve", 22, 3.5)]
print(sorted(recs, key=itemgetter(1)))
print(sorted(recs, key=itemgetter(1, 2), reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print([r[0] for r in sorted(sorted(recs, key=itemgetter(0)), key=itemgetter(2), reverse=True)])


def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
print(sorted(set(words), key=str.lower), sorted(words, key=len)[:4], min(words, key=len), max(words, key=lambda w: (len(w), w)))


class Emp:
    def __init__(self, name, dept, pay):
        self.name, self.dept, self.pay = name, dept, pay

    def __repr__(self):
        return f"Emp({self.name})"

    def score(self, w):
        return self.pay * w


emps = [Emp("z", "ops", 10), Emp("y", "dev", 30), Emp("x", "dev", 20), Emp("w", "ops", 10)]
print(sorted(emps, key=attrgetter("dept", "pay")), sorted(emps, key=methodcaller("score", -1)))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.10.0"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") > Version("1.99"), Version("1") >= Version("1.0"))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v


print([o.v for o in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])], [o.v for o in sorted([OnlyLt(3), OnlyLt(1)], reverse=True)])
lst = [5, 3, 8, 1]
lst.sort(key=lambda v: -v)
print(lst, sorted("banana"), sorted({3: 'a', 1: 'b'}), sorted([[2, 1], [1, 9], [1, 2]]), sorted([(1, 'b'), (1, 'a')]))
for bad in ([1, "a"], [None, 1], [1j, 2j]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    [3, 1].sort(lambda a, b: a - b)
except TypeError as e:
    print("TypeError", e)
data = [(i * 7919) % 1000 for i in range(2000)]
s1 = sorted(data)
print(s1[:5], s1[-5:], s1 == sorted(data, reverse=True)[::-1], sorted(data, key=lambda v: v % 10)[:8])
print(sorted([0.5, float('inf'), -1, 2, -float('inf'), 1e-9]), sorted([True, False, 2, 0]), sorted(["b", "B", "a", "_", "1"]))
