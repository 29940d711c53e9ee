# benchmark-style kernels: n-queens, sieve, spectral norm, word frequency, hanoi
def queens(n):
    cols = range(n)
    count = 0
    def place(row, used, d1, d2):
        nonlocal count
        if row == n: count += 1; return
        for c in cols:
            if c not in used and row + c not in d1 and row - c not in d2:
                place(row + 1, used | {c}, d1 | {row + c}, d2 | {row - c})
    place(0, frozenset(), frozenset(), frozenset())
    return count
print([queens(n) for n in range(1, 8)])
def sieve(n):
    flags = bytearray([1]) * (n + 1); flags[0:2] = b'\x00\x00'
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]: flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(flags) if f]
pr = sieve(10000); print(len(pr), pr[-5:], sum(pr))
def eval_A(i, j): return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
def mul_Av(v): return [sum(eval_A(i, j) * vj for j, vj in enumerate(v)) for i in range(len(v))]
def mul_Atv(v): return [sum(eval_A(j, i) * vj for j, vj in enumerate(v)) for i in range(len(v))]
u = [1.0] * 40
for _ in range(5):
    v = mul_Atv(mul_Av(u)); u = mul_Atv(mul_Av(v))
vBv = sum(a * b for a, b in zip(u, v)); vv = sum(b * b for b in v)
print('%.9f' % (vBv / vv) ** 0.5)
text = 'the quick brown fox jumps over the lazy dog the fox ' * 50
freq = {}
for w in text.split(): freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
moves = []
def hanoi(n, a, b, c):
    if n: hanoi(n - 1, a, c, b); moves.append((a, c)); hanoi(n - 1, b, a, c)
hanoi(10, 'A', 'B', 'C'); print(len(moves), moves[:3], moves[-1])
def collatz_max(limit):
    best = (0, 0)
    for s in range(1, limit):
        n, steps = s, 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1; steps += 1
        best = max(best, (steps, s))
    return best
print(collatz_max(3000))
import random
random.seed(12345); print([random.randint(1, 100) for _ in range(5)], random.random(), random.choice('abcdef'))
lst = list(range(10)); random.shuffle(lst); print(lst, random.sample(range(100), 3), round(random.uniform(1, 2), 6))
