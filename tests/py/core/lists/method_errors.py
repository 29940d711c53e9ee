# Pins error messages of list methods: pop from empty / out of range, remove missing, index missing.
for t in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1, 2].index(3),
          lambda: [1].index(1, 1), lambda: [].extend(5), lambda: [1].insert("0", 1)):
    try:
        t()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
