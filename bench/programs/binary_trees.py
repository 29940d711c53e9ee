# Binary trees (the Benchmarks Game's): allocate and walk many short-lived
# trees of tuples and one long-lived one; the allocator and refcounting
# under pressure. --quick: depth 8.
import sys


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main(quick):
    max_depth = 8 if quick else 16
    min_depth = 4
    stretch = max_depth + 1
    print("stretch tree of depth %d check: %d" % (stretch, check_tree(make_tree(stretch))))
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        print("%d trees of depth %d check: %d" % (iterations, depth, check))
    print("long lived tree of depth %d check: %d" % (max_depth, check_tree(long_lived)))


main("--quick" in sys.argv[1:])
