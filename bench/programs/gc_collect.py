# GC collect: build reference cycles that only the cycle collector can
# free and collect them explicitly; what `tierpy-bench gc` will time.
# Needs classes and the gc module. --quick: 2000 cycles per round.
import gc
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


def make_cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(-i)
        a.other = b
        b.other = a
        c = [a, b]
        c.append(c)


def main(quick):
    n, rounds = (2000, 3) if quick else (100000, 8)
    gc.disable()
    collected = 0
    for _ in range(rounds):
        make_cycles(n)
        collected += gc.collect()
    gc.enable()
    print("gc_collect", rounds, collected >= rounds * n * 3)


main("--quick" in sys.argv[1:])
