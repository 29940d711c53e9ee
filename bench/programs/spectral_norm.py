# Spectral norm of an infinite matrix (the Benchmarks Game's): nested
# loops, integer and float arithmetic, function calls. --quick: n = 40.
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def a_times_u(u):
    n = len(u)
    return [sum([eval_a(i, j) * u[j] for j in range(n)]) for i in range(n)]


def at_times_u(u):
    n = len(u)
    return [sum([eval_a(j, i) * u[j] for j in range(n)]) for i in range(n)]


def ata_times_u(u):
    return at_times_u(a_times_u(u))


def main(quick):
    n = 40 if quick else 400
    u = [1.0] * n
    for _ in range(10):
        v = ata_times_u(u)
        u = ata_times_u(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("spectral_norm", "%.9f" % ((vbv / vv) ** 0.5))


main("--quick" in sys.argv[1:])
