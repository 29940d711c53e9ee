# Pins tuple unpacking and starred targets in comprehension for clauses, and unpacking in displays.
pairs = [(1, "one"), (2, "two")]
print([f"{n}:{s}" for n, s in pairs])
print([rest for _, *rest in ["abc", "de"]])
print([(a, b, c) for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([*range(3), *"ab"], (*[1], *{2: 0}), {*[1, 2], *[2, 3]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print([x for x, in [(1,), (2,)]])
