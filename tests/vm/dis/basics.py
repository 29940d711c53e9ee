# Locals in registers, constants, loops and the definite-assignment checks.
def add(a, b):
    return a + b

def count(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i = i + 1
    return total

def maybe(flag):
    if flag:
        x = 1
    return x

def loop(items):
    for k, v in items:
        if k is None or not v:
            continue
        if v == 3:
            break
    else:
        k = -1
    return k

def swap(a, b):
    a, b = b, a
    first, *rest = a
    return first, rest, (1, 2.5, "s", b"b", None)

x = add(1, 2) * 3 - 2 ** 10
