# Comprehension and generator loops over big ranges: each value stays right whether or not something else keeps the previous one
print([x for x in range(1000, 1006)])
print([x * 2 for x in range(-300, -295)])
print(sum(x for x in range(10**12, 10**12 + 5)), sum(x for x in range(300000) if x % 3))
kept = []
print([kept.append(x) for x in range(500, 504)], kept)
print({x: x + 1 for x in range(2**40, 2**40 + 3)})
print([f() for f in [lambda: x for x in range(700, 703)]])
print([(x, y) for x in range(300, 302) for y in range(400, 402)])
pairs = [(x, x) for x in range(600, 603)]
print(pairs, [a is b for a, b in pairs])
last = None
for v in (x for x in range(257, 262)):
    print(v, v == last, end="; ")
    last = v
print()
g = (x for x in range(9000, 9003))
a = next(g)
b = next(g)
print(a, b, next(g), a is not b)
print([x for x in range(2**62, 2**62 + 3)], [x for x in range(2**63 - 3, 2**63 - 1)])
