# Pins how call errors name the callee: "__main__.f()" (module and
# qualname) for * and ** problems at the call site, "print()" and
# "list.append()" for builtins, and the plain "f()" of argument binding.
def f(*a, **k): pass
def g(a): pass
def outer():
    return lambda *a: a
inner = outer()
cases = [lambda: f(*1), lambda: f(1, *2), lambda: f(*[1], *2), lambda: [*3], lambda: f(*1, x=2),
         lambda: print(*1), lambda: f(**{1: 2}), lambda: f(**{'a': 1}, **{1: 2}), lambda: f(**1),
         lambda: f(a=1, **[1]), lambda: print(**[1]), lambda: len(**[1]),
         lambda: print(*None, **{}), lambda: inner(*1), lambda: {**[1]},
         lambda: [].append(**[1]), lambda: dict.fromkeys(**1),
         lambda: g(**{'a': 1}, **{'a': 2}), lambda: g(1, **{'a': 2}), lambda: g(a=1, **{'a': 2}),
         lambda: print(**{'sep': 1}, **{'sep': 2}), lambda: g(1, a=2), lambda: (*5,)]
for t in cases:
    try:
        t()
    except TypeError as e:
        print(e)
f(*"ab", *(), **{})
