# Pins TypeError messages of builtin functions called with wrong argument counts or keywords.
tests = [lambda: len(), lambda: len(1, 2), lambda: len([], x=1), lambda: abs(),
         lambda: divmod(1), lambda: isinstance(1), lambda: ord("ab"), lambda: chr("a"),
         lambda: sum(), lambda: max(), lambda: min(1), lambda: getattr(1),
         lambda: len(5), lambda: pow(2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
