# Each comprehension is a function block of its own in 3.11.
data = [1, 2, 3]
squares = [x * x for x in data]
evens = {x for x in data if x % 2 == 0}
table = {k: v for k, v in zip(data, data)}
gen = (x for x in data)
nested = [[y for y in range(x)] for x in data]
flat = [y for x in data for y in range(x) if y if x]
pairs = {(lambda: k)(): (lambda: v)() for k, v in []}


def in_function(n):
    total = 0
    result = [i * n + total for i in range(n)]
    inner = [[i + j for j in range(i)] for i in range(n)]
    first = [a for a in (b for b in range(n))]
    return result, inner, first


class InClass:
    values = [1, 2]
    doubled = [v * 2 for v in values]  # values: first iterable, in the class
    hidden = [values for _ in range(2)]  # values: global inside the comp
    gens = list(x for x in values)


def uses_iter_var_later():
    [q for q in range(3)]
    return q  # a different q: the comprehension's is its own


def async_genexp_in_plain_function():
    return (x async for x in aiter())


async def awaiting():
    return [await x for x in things], {await y for y in things}


def star_targets(items):
    return [(a, rest) for a, *rest in items]
