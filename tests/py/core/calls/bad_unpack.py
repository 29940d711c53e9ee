# Pins errors for * of a non-iterable and ** of a non-mapping at a call site.
def f(*a, **k): return a, k
for t in (lambda: f(*1), lambda: f(*None), lambda: f(**[1]), lambda: f(**"ab"), lambda: f(**None)):
    try:
        t()
    except TypeError as e:
        print(e)
print(f(*"ab", *(), **{}))
