# GC traversal: a large live graph of containers that every full
# collection must traverse, with nothing to free; the collector's cost per
# tracked object. Needs classes and the gc module. --quick: 5000 nodes.
import gc
import sys


class Node:
    def __init__(self, i):
        self.i = i
        self.children = []


def build(n):
    nodes = [Node(i) for i in range(n)]
    for i, node in enumerate(nodes):
        node.children.append(nodes[(i * 7 + 1) % n])
        node.children.append(nodes[(i * 13 + 5) % n])
        node.extra = {"k": (i, i + 1)}
    return nodes


def main(quick):
    n, collections = (5000, 5) if quick else (200000, 20)
    nodes = build(n)
    freed = 0
    for _ in range(collections):
        freed += gc.collect()
    total = sum(node.children[0].i + node.children[1].i for node in nodes)
    print("gc_traversal", len(nodes), freed, total)


main("--quick" in sys.argv[1:])
