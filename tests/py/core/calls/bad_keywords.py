# Pins unexpected keyword and multiple-values TypeErrors, for direct keywords and ** mappings.
def f(a, b=2): pass
tests = [lambda: f(1, c=3), lambda: f(1, a=2), lambda: f(1, **{"a": 5}),
         lambda: f(**{"a": 1}, **{"a": 2}), lambda: f(1, **{"zz": 0}),
         lambda: f(*[1, 2], b=3), lambda: f(**{1: 2}), lambda: f(1, **{"b": 1}, b=2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
