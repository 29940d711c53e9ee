# timeit: statements as strings and callables, globals, repeat, autorange (times are not printed)
import timeit

calls = []
t = timeit.Timer("x = sum(range(10))")
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)))
print(timeit.timeit(lambda: calls.append(1), number=7), len(calls)) if False else None
timeit.timeit(lambda: calls.append(1), number=7)
print(len(calls))
g = {"data": [3, 1, 2]}
print(timeit.timeit("sorted(data)", number=5, globals=g) >= 0)
print(timeit.timeit("y = x * 2", setup="x = 21", number=3) >= 0)
n, secs = timeit.Timer("pass").autorange()
print(n >= 1, secs >= 0.2)
try:
    timeit.Timer(5)
except ValueError as e:
    print(e)
try:
    timeit.Timer("x = (")
except SyntaxError:
    print("SyntaxError")
