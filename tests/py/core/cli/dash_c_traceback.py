# Pins the traceback of an uncaught error in -c code (File "<string>") and exit status 1.
def f(x):
    return 10 / x
print(f(5))
print(f(0))
