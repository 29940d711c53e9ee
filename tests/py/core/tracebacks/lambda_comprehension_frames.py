# Pins frame names in tracebacks for lambdas and list comprehensions (<lambda>, <listcomp>).
inverse = lambda x: 1 / x
values = [2, 1, 0]
print([inverse(v) for v in values])
