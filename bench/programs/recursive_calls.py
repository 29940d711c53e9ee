# Recursive calls: the call path of the VM, nothing else (fib, Ackermann).
# Prints a checksum line; --quick runs a small size.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def main(quick):
    n, loops = (18, 1) if quick else (33, 20)
    total = 0
    for _ in range(loops):
        total += ack(3, 6)  # 509, at most 510 frames deep: within CPython's limit
    print("recursive_calls", fib(n), ack(2, 9), total)


main("--quick" in sys.argv[1:])
