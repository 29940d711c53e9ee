# Pins scimark-style kernels: SOR on a 2-D list grid, Monte Carlo pi with a hand-written RNG class, LU factorisation with pivoting, sparse mat-vec and an iterative radix-2 FFT.
import math


class Random:
    """Park-Miller minimal standard generator (deterministic)."""

    def __init__(self, seed):
        self.seed = seed

    def next_int(self):
        self.seed = (self.seed * 16807) % 2147483647
        return self.seed

    def next_double(self):
        return self.next_int() / 2147483647.0

    def matrix(self, m, n):
        return [[self.next_double() for _ in range(n)] for _ in range(m)]


def sor(grid, omega, cycles):
    m, n = len(grid), len(grid[0])
    o4, o1 = omega * 0.25, 1.0 - omega
    for _ in range(cycles):
        for i in range(1, m - 1):
            gim, gi, gip = grid[i - 1], grid[i], grid[i + 1]
            for j in range(1, n - 1):
                gi[j] = o4 * (gim[j] + gip[j] + gi[j - 1] + gi[j + 1]) + o1 * gi[j]
    return sum(map(sum, grid))


def monte_carlo(rng, n):
    under = 0
    for _ in range(n):
        x, y = rng.next_double(), rng.next_double()
        if x * x + y * y <= 1.0:
            under += 1
    return under / n * 4.0


def lu_factor(a):
    n = len(a)
    pivot = list(range(n))
    for j in range(n):
        jp = max(range(j, n), key=lambda i: abs(a[i][j]))
        pivot[j] = jp
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
        for ii in range(j + 1, n):
            aii, aj = a[ii], a[j]
            f = aii[j]
            for jj in range(j + 1, n):
                aii[jj] -= f * aj[jj]
    return pivot


def sparse_matmult(n, nz, rng, cycles):
    row = [0] * (n + 1)
    col, val = [], []
    per = nz // n
    for r in range(n):
        row[r + 1] = row[r] + per
        step = max(1, r // per)
        for i in range(per):
            col.append(i * step)
            val.append(rng.next_double())
    x = [rng.next_double() for _ in range(n)]
    y = [0.0] * n
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for i in range(row[r], row[r + 1]):
                s += x[col[i]] * val[i]
            y[r] = s
    return sum(y)


def fft(data, inverse=False):
    n = len(data)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            data[i], data[j] = data[j], data[i]
    size = 2
    while size <= n:
        ang = (2 if inverse else -2) * math.pi / size
        wn = complex(math.cos(ang), math.sin(ang))
        for start in range(0, n, size):
            w = 1 + 0j
            for k in range(size // 2):
                a, b = data[start + k], data[start + k + size // 2] * w
                data[start + k], data[start + k + size // 2] = a + b, a - b
                w *= wn
        size *= 2
    if inverse:
        for i in range(n):
            data[i] /= n
    return data


rng = Random(113)
g = rng.matrix(20, 20)
print(f"sor {sor(g, 1.25, 10):.10f}")
print(f"mc {monte_carlo(Random(42), 20000):.6f}")
a = Random(7).matrix(12, 12)
piv = lu_factor(a)
print("lu", piv, f"{sum(a[i][i] for i in range(12)):.10f}", f"{math.prod(a[i][i] for i in range(12)):.6e}")
print(f"sparse {sparse_matmult(100, 500, Random(3), 5):.10f}")
sig = [complex(math.sin(i / 3), 0) for i in range(64)]
spec = fft(list(sig))
back = fft(list(spec), inverse=True)
print("fft", f"{abs(spec[1]):.8f}", f"{max(abs(c) for c in spec):.8f}", f"{max(abs(p - q) for p, q in zip(sig, back)):.1e}" if max(abs(p - q) for p, q in zip(sig, back)) > 1e-12 else "roundtrip-ok")
print([f"{c.real:.3f}{c.imag:+.3f}j" for c in spec[:4]])
