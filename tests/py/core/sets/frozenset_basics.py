# Pins frozenset: hashable, usable as key/element, immutable (no add), operations return frozenset/set by left operand.
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, hash(f) == hash(frozenset({1, 2, 3})), {f: "key"}[frozenset([1, 2, 3])])
print(type(f | {4}).__name__, type({4} | f).__name__, f & {1}, f - {1}, frozenset() == set())
s = {frozenset({1}), frozenset({1}), frozenset()}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
print(repr(frozenset()), repr(set()), frozenset("aa") == {"a"})
