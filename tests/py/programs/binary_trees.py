# Pins binary-trees (allocate and walk complete trees of node objects) with max depth 8.


class Node:
    __slots__ = ('left', 'right')

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def make_tuple_tree(depth):
    return (None, None) if depth == 0 else (make_tuple_tree(depth - 1), make_tuple_tree(depth - 1))


def check_tuple(t):
    return 1 if t[0] is None else 1 + check_tuple(t[0]) + check_tuple(t[1])


min_depth, max_depth = 4, 8
stretch = max_depth + 1
print("stretch tree of depth %d\t check: %d" % (stretch, check(make_tree(stretch))))
long_lived = make_tree(max_depth)
for depth in range(min_depth, max_depth + 1, 2):
    iterations = 2 ** (max_depth - depth + min_depth)
    total = sum(check(make_tree(depth)) for _ in range(iterations))
    print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))
print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
print("tuple trees:", [check_tuple(make_tuple_tree(d)) for d in range(6)])
