# GC pause: a long-lived heap of a million containers stays alive while
# the program churns short-lived reference cycles, with automatic
# collection on. What it measures (bench/gc/run_gc_bench.py): the total
# time spent collecting and the longest single pause, which comes from
# the full collections that must walk the whole heap. Needs classes.
# --quick: a heap of 50,000 and fewer cycles.
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None


def build_heap(n):
    return [[i, None] for i in range(n)]


def churn(rounds, per_round):
    made = 0
    for _ in range(rounds):
        for i in range(per_round):
            a = Node(i)
            b = Node(a)
            a.peer = b
            b.peer = a
            made += 1
    return made


def main(quick):
    n, rounds = (50000, 10) if quick else (1000000, 100)
    heap = build_heap(n)
    made = churn(rounds, 5000)
    print("gc_pause", len(heap), made, heap[-1][0])


main("--quick" in sys.argv[1:])
