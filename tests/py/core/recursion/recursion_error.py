# Pins that runaway recursion raises RecursionError (a RuntimeError) which can be caught, and the program continues.
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))
    print(str(e).startswith("maximum recursion depth exceeded"))
def f():
    return f()
for _ in range(3):
    try:
        f()
    except RecursionError:
        print("caught again")
print("still working:", sum(range(10)))
