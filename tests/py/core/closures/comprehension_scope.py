# Pins that comprehension variables don't leak, while reading enclosing names and closures inside comprehensions work.
x = "outer x"
r = [x for x in range(3)]
print(r, x)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
def g():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g())
y = 5
print([y * k for k in range(3)], {k: y for k in "ab"})
def h():
    try:
        return [undefined_name for _ in range(1)]
    except NameError as e:
        return str(e)
print(h())
