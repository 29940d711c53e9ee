# list.sort on data with runs: ascending and descending runs, galloping merges, stable ties, number and str keys
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

g = lcg(7)
def rnd(n, m):
    return [next(g) % m for _ in range(n)]

def checksum(xs):
    h = 0
    for k, x in enumerate(xs):
        if isinstance(x, str):   # str hashes vary per run: use the code points
            x = sum(ord(c) * (i + 1) for i, c in enumerate(x))
        h = (h * 31 + hash((k, x))) % 1000000007
    return h

cases = {
    "ascending": list(range(3000)),
    "descending": list(range(3000, 0, -1)),
    "saw": [i % 97 for i in range(3000)],
    "runs_then_random": list(range(2000)) + rnd(1000, 5000),
    "two_halves": list(range(0, 4000, 2)) + list(range(1, 4000, 2)),
    "dups": rnd(3000, 5),
    "blocks": [v for b in range(40) for v in range(b * 10, b * 10 + 75)],
    "interleaved_desc": [x for i in range(1500) for x in (3000 - i, i)],
    "floats": [x / 7.0 for x in rnd(2500, 100000)],
    "neg_and_big": [x - 2**40 for x in rnd(2000, 10**6)] + [2**62, -2**62],
}
for name, xs in cases.items():
    a = sorted(xs)
    ok = all(a[i] <= a[i + 1] for i in range(len(a) - 1))
    r = sorted(xs, reverse=True)
    print(name, len(a), ok, a[:3], a[-3:], r[:3], r == a[::-1], checksum(a))

# stability: equal keys keep their order, also with reverse and with runs
pairs = [(v, i) for i, v in enumerate([i % 13 for i in range(2000)] + list(range(500, 0, -1)))]
s1 = sorted(pairs, key=lambda p: p[0])
print(all(s1[i][1] < s1[i + 1][1] for i in range(len(s1) - 1) if s1[i][0] == s1[i + 1][0]))
s2 = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(s2[i][1] < s2[i + 1][1] for i in range(len(s2) - 1) if s2[i][0] == s2[i + 1][0]))
print(s1[:4], s2[:4], checksum(s1), checksum(s2))

# number keys from a key function, str keys, mixed int/float keys, big ints
words = ["w%d" % (x % 500) for x in rnd(1500, 10**6)]
print(sorted(words)[:5], sorted(words, key=len)[:3], checksum(sorted(words)))
print(sorted(range(-20, 20), key=lambda x: x * x)[:9])
print(sorted([3, 1.5, 2, -0.5, 10**20, 2.5, -(10**19)]))
print(sorted([0.1 * i for i in range(30)], key=lambda f: -f)[:4])
nan = float("nan")
print(sorted([3.0, 1.0, 2.0, 0.5]), [x for x in sorted([2.0, nan, 1.0]) if x == x])

# a comparison that raises midway leaves every item in the list
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 1234 or other.v == 1234:
            raise ValueError("no order for 1234")
        return self.v < other.v
items = [Bad(v) for v in list(range(2000)) + [1234] + list(range(2000, 0, -1))]
try:
    items.sort()
except ValueError as e:
    print("ValueError", e)
print(len(items), sorted(b.v for b in items) == sorted(list(range(2000)) + [1234] + list(range(2000, 0, -1))))

# a key function that empties the list: list modified during sort
victim = list(range(200))
def meddle(x):
    victim.append(x)
    return -x
try:
    victim.sort(key=meddle)
except ValueError as e:
    print("ValueError", e)
print(len(victim), victim[:3])
