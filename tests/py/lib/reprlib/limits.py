# Pins reprlib: default limits on lists, tuples, dicts, sets, strings and long ints, nesting levels, a customised Repr, and recursive_repr on a self-containing container.
import reprlib
from collections import deque

print(reprlib.repr(list(range(20))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset("abcdefgh")), reprlib.repr(set()), reprlib.repr(deque(range(9))))
print(reprlib.repr("x" * 100), reprlib.repr(2 ** 200), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr([]), reprlib.repr("short"))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.maxother = 12
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr([[1, [2, [3]]]]), r.repr(ValueError("a long message here")))


class Node:
    def __init__(self):
        self.items = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % (self.items,)


n = Node()
n.items.append(n)
n.items.append(1)
print(repr(n), Node.__repr__.__name__, hasattr(Node.__repr__, "__wrapped__"))


class Other:
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Other[%r]" % self.me


o = Other()
o.me = o
print(repr(o))
