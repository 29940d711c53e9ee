# Pins min/max with several args, an iterable, key, default, ties (first wins) and error messages.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "B"), max([1, 2], [1, 3]))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len), max(-3, 2, key=abs), max([], default=None))
print(min([], default="empty"), max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min(0, -0.0))
for call in (lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, 2, default=0), lambda: max(key=len)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
