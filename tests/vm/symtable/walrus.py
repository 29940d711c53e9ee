# := inside a comprehension binds in the enclosing function or module.
if (n := 10) > 5:
    pass

top = [last := x for x in range(3)]
nested_top = [[inner_last := y for y in range(x)] for x in range(3)]


def function():
    values = [found := v for v in range(5) if v > 2]
    deep = [[(d := i + j) for j in range(2)] for i in range(2)]
    return found, d


def declared_global():
    global g
    return [g := i for i in range(2)]


def in_lambda():
    return lambda: [w := 1 for _ in range(1)]


def plain(y):
    if (z := y) > 0:
        return z


class K:
    def method(self):
        return [m := 1 for _ in range(1)]
